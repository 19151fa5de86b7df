import { useState, type ReactNode } from 'react';

/**
 * One step dialog open at a time (escalate a blocker, close an action item…) and what the last finished
 * step said, for the screen to announce. `render` draws the dialog for what was opened.
 */
export function useStepDialog<TOpen>(
  render: (open: TOpen, handlers: { onCancel(): void; onDone(message: string): void }) => ReactNode,
) {
  const [open, setOpen] = useState<TOpen | null>(null);
  const [done, setDone] = useState('');
  const dialog =
    open !== null &&
    render(open, {
      onCancel: () => setOpen(null),
      onDone: (message) => {
        setOpen(null);
        setDone(message);
      },
    });
  return {
    dialog,
    done,
    setDone,
    open: (what: TOpen) => {
      setDone('');
      setOpen(what);
    },
  };
}
