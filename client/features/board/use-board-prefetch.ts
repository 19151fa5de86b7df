import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../lib/trpc.js';

/**
 * On the board's address, asks for the board (and its columns' limits) while the app still asks who
 * is signed in, instead of one after the other: the board is what most people open, and the biggest
 * answer. Signed out, the answers are refusals that nobody shows (the sign-in page asks again after).
 */
export function useBoardPrefetch(isBoardAddress: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!isBoardAddress) return;
    void queryClient.prefetchQuery(trpc.board.get.queryOptions());
    void queryClient.prefetchQuery(trpc.stageLimit.list.queryOptions());
    // Only at the start: later visits to the board read it as the board page does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
