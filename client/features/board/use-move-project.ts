import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyMove, type MoveIntent } from '../../../server/domain/board-move.js';
import type { StageGate } from '../../../server/domain/stage-gate.js';
import { useNotify } from '../../app/notices.js';
import { describeError, gateRefusalOf } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/api/router.js';
import type { BoardData } from '../../lib/types.js';

export type MoveRequest = MoveIntent & { expectedVersion: number; reason?: string };
export type MovedCard = inferRouterOutputs<AppRouter>['project']['move'];
/** Saved (the card as the server keeps it), stopped by the stage gate for want of a reason, or refused. */
export type MoveOutcome = { card: MovedCard } | { gate: StageGate } | null;

/**
 * Shows the move at once (the same pure rule the server applies), sends one intent, and on refusal
 * puts the board back and says why. The board is refetched only when the last pending move settles,
 * so a slow answer to an earlier move never overwrites a later one. The promise gives the card as
 * the server saved it (its new version is what an undo must expect), the gate when the move needs a
 * reason (no notice: the caller asks for one), or null when it was refused.
 */
export function useMoveProject() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  const boardKey = trpc.board.get.queryKey();
  const moveKey = trpc.project.move.mutationKey();

  // The board as it was before each move in flight, keyed by the move's variables, to put back on refusal.
  const [before] = useState(() => new WeakMap<object, BoardData>());

  const { mutateAsync } = useMutation(
    trpc.project.move.mutationOptions({
      // Here rather than where the call is awaited: the notice must be up before the mutation cache
      // reports the failure, so a conflict's notice offers to reload (see notices.tsx).
      onError: (error, variables) => {
        const snapshot = before.get(variables);
        if (snapshot) queryClient.setQueryData(boardKey, snapshot);
        if (gateRefusalOf(error)) return;
        notify(t('move.failed', { message: describeError(error, t) }));
      },
      onSettled: () => {
        if (queryClient.isMutating({ mutationKey: moveKey }) <= 1)
          void queryClient.invalidateQueries({ queryKey: boardKey });
      },
    }),
  );

  return useCallback(
    async (request: MoveRequest): Promise<MoveOutcome> => {
      void queryClient.cancelQueries({ queryKey: boardKey });
      const snapshot = queryClient.getQueryData(boardKey);
      if (snapshot) queryClient.setQueryData(boardKey, { ...snapshot, columns: applyMove(snapshot.columns, request) });
      const variables = {
        id: request.id,
        toStage: request.toStage,
        expectedVersion: request.expectedVersion,
        ...(request.reason ? { reason: request.reason } : {}),
        ...request.placement,
      };
      if (snapshot) before.set(variables, snapshot);
      return mutateAsync(variables).then(
        (card) => ({ card }),
        (error: unknown) => {
          const gate = gateRefusalOf(error);
          return gate ? { gate } : null;
        },
      );
    },
    [queryClient, boardKey, mutateAsync, before],
  );
}
