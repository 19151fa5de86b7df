import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.js';

/** After a report or correction: the project's months, its history, the card's light, the unit lists. */
export function useAfterInvestmentChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (projectId: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.investment.pathKey() }),
      queryClient.invalidateQueries({
        queryKey: trpc.audit.forProject.infiniteQueryKey({ entityId: String(projectId) }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
    ]);
}
