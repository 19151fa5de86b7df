import { useMutationState } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../lib/trpc.js';
import type { PendingState } from './board-moves.js';

/**
 * The cards whose move has not been answered yet. Offline, the query client holds a move back
 * (paused) until the browser is online again: the card looks moved, so it must say it is not saved.
 */
export function usePendingMoves(): ReadonlyMap<number, PendingState> {
  const trpc = useTRPC();
  const states = useMutationState({
    filters: { mutationKey: trpc.project.move.mutationKey(), status: 'pending' },
    select: (mutation) => ({
      id: (mutation.state.variables as { id: number } | undefined)?.id,
      isPaused: mutation.state.isPaused,
    }),
  });
  const key = states.map((s) => `${s.id}:${s.isPaused}`).join();
  return useMemo(() => {
    const pending = new Map<number, PendingState>();
    for (const { id, isPaused } of states) {
      if (id === undefined) continue;
      if (isPaused || !pending.has(id)) pending.set(id, isPaused ? 'waiting' : 'sending');
    }
    return pending;
    // `states` is a new array on every change of any mutation; the key says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
