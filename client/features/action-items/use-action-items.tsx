import type { inferRouterOutputs } from '@trpc/server';
import { useQueryClient } from '@tanstack/react-query';
import type { AppRouter } from '../../../server/api/router.js';
import { useTRPC } from '../../lib/trpc.js';
import { useStepDialog } from '../../ui/use-step-dialog.js';
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

/** Which action-item step dialog is open (at most one), and what the last finished step said. */
export function useActionItemSteps() {
  const steps = useStepDialog<{ item: ActionItem; step: ActionItemStep }>(({ item, step }, handlers) => (
    <ActionItemStepDialog key={`${item.id}-${step}`} item={item} step={step} {...handlers} />
  ));
  return { ...steps, openStep: (item: ActionItem, step: ActionItemStep) => steps.open({ item, step }) };
}
