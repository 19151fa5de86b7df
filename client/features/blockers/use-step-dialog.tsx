import { useState } from 'react';
import type { BlockerStep } from '../../../server/domain/blockers.js';
import type { BlockerItem } from './BlockerCard.js';
import { BlockerStepDialog } from './BlockerStepDialog.js';

/** Which step dialog is open (at most one), and what the last finished step said. */
export function useStepDialog() {
  const [open, setOpen] = useState<{ blocker: BlockerItem; step: BlockerStep } | null>(null);
  const [done, setDone] = useState('');
  const dialog = open && (
    <BlockerStepDialog
      key={`${open.blocker.id}-${open.step}`}
      blocker={open.blocker}
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
    setDone,
    openStep: (blocker: BlockerItem, step: BlockerStep) => {
      setDone('');
      setOpen({ blocker, step });
    },
  };
}
