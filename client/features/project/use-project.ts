import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';

export function useProject(id: number) {
  const trpc = useTRPC();
  return useQuery(trpc.project.get.queryOptions({ id }));
}

/**
 * Saves one milestone change; the project and the board refetch so every light follows. A refusal
 * becomes a notice unless the caller shows it itself (next to the field it concerns).
 */
export function useUpdateMilestone({ showsErrors = false }: { showsErrors?: boolean } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation(
    trpc.milestone.update.mutationOptions({
      onError: (error) => {
        if (!showsErrors) notify(describeError(error, t));
      },
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
        ]),
    }),
  );
}
