import type { inferRouterOutputs } from '@trpc/server';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppRouter } from '../../../server/api/router.js';
import { useTRPC } from '../../lib/trpc.js';
import { ActionItemStepDialog, type ActionItemStep } from './ActionItemStepDialog.js';

export type ActionItem = inferRouterOutputs<AppRouter>['actionItem']['list'][number];

/**
 * After a step: every action-item list, the digest and overview (their counts change) and meetings
 * (their decisions show the item's state).
 */
export function useAfterActionItemChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.actionItem.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notification.digest.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.overview.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.meeting.pathKey() }),
    ]);
}

/** Which step dialog is open (at most one), and what the last finished step said. */
export function useActionItemSteps() {
  const [open, setOpen] = useState<{ item: ActionItem; step: ActionItemStep } | null>(null);
  const [done, setDone] = useState('');
  const dialog = open && (
    <ActionItemStepDialog
      key={`${open.item.id}-${open.step}`}
      item={open.item}
      step={open.step}
      onCancel={() => setOpen(null)}
      onDone={(message) => {
        setOpen(null);
        setDone(message);
      }}
    />
  );
  return {
    dialog,
    done,
    openStep: (item: ActionItem, step: ActionItemStep) => {
      setDone('');
      setOpen({ item, step });
    },
  };
}
