import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyMove, type MoveIntent } from '../../../server/domain/board-move.js';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';

/**
 * Shows the move at once (the same pure rule the server applies), sends one intent, and on refusal
 * puts the board back and says why. The board is refetched only when the last pending move settles,
 * so a slow answer to an earlier move never overwrites a later one.
 */
export function useMoveProject() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  const boardKey = trpc.board.get.queryKey();
  const moveKey = trpc.project.move.mutationKey();

  const { mutate } = useMutation(
    trpc.project.move.mutationOptions({
      onSettled: () => {
        if (queryClient.isMutating({ mutationKey: moveKey }) <= 1)
          void queryClient.invalidateQueries({ queryKey: boardKey });
      },
    }),
  );

  return useCallback(
    (intent: MoveIntent & { expectedVersion: number }) => {
      void queryClient.cancelQueries({ queryKey: boardKey });
      const snapshot = queryClient.getQueryData(boardKey);
      if (snapshot) queryClient.setQueryData(boardKey, { ...snapshot, columns: applyMove(snapshot.columns, intent) });
      mutate(
        { id: intent.id, toStage: intent.toStage, expectedVersion: intent.expectedVersion, ...intent.placement },
        {
          onError: (error) => {
            if (snapshot) queryClient.setQueryData(boardKey, snapshot);
            notify(t('move.failed', { message: describeError(error, t) }));
          },
        },
      );
    },
    [queryClient, boardKey, mutate, notify, t],
  );
}
