import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useState } from 'react';
import { useTRPC, useTRPCClient } from '../../lib/trpc.js';
import { shareLiveEvents, type LiveEvent, type LiveStatus } from './live-share.js';

/** Several events in a burst (a catch-up after a reconnect) make one refetch, not one each. */
const COALESCE_MS = 100;

const isBoardQuery = (queryKey: QueryKey) => (queryKey[0] as unknown[] | undefined)?.[0] === 'board';

/**
 * Keeps what this tab shows in step with everyone's changes: the board, and a project's page and
 * history when that project changed. Mount once, below the sign-in gate; returns the stream's state.
 */
export function useLiveBoard(): LiveStatus {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    let pending: LiveEvent[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;

    function refetchChanged() {
      flushTimer = undefined;
      const projectIds = new Set(pending.map((event) => event.projectId));
      pending = [];
      // While a move is on its way, the move hook refetches the board when the last one settles;
      // a refetch now could answer with the board from before that move and make the card jump back.
      if (queryClient.isMutating({ mutationKey: trpc.project.move.mutationKey() }) === 0)
        void queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() });
      if (projectIds.has(null)) {
        // A board-wide change (calendar, units): any screen may show it.
        void queryClient.invalidateQueries({ predicate: (query) => !isBoardQuery(query.queryKey) });
        return;
      }
      for (const id of projectIds) {
        if (id === null) continue;
        void queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey({ id }) });
        void queryClient.invalidateQueries({
          queryKey: trpc.audit.forProject.infiniteQueryKey({ entityId: String(id) }),
        });
      }
      // Blocker steps are project events: the blocker screens (project panel, list, unit view) and the
      // bell, which may have a new notice, follow them.
      void queryClient.invalidateQueries({ queryKey: trpc.blocker.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
    }

    const stop = shareLiveEvents({
      open(lastEventId, { onEvent, onStatus, onEnd }) {
        let isClosed = false;
        const subscription = trpcClient.board.events.subscribe(
          { lastEventId },
          {
            onStarted: () => onStatus('live'),
            onConnectionStateChange(state) {
              // `connecting` with an error: the browser lost the stream and is trying again by itself.
              if (state.state === 'pending') onStatus('live');
              else if (state.state === 'connecting') onStatus(state.error ? 'offline' : 'connecting');
            },
            onData: ({ id, data }) => onEvent({ ...data, id }),
            onError(error) {
              // The session ended: asking who we are again shows the sign-in page, which ends this hook.
              if (error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED')
                void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
              if (!isClosed) onEnd();
            },
            onComplete: () => {
              if (!isClosed) onEnd();
            },
          },
        );
        return () => {
          isClosed = true;
          subscription.unsubscribe();
        };
      },
      onEvent(event) {
        pending.push(event);
        flushTimer ??= setTimeout(refetchChanged, COALESCE_MS);
      },
      onStatus: setStatus,
    });
    return () => {
      stop();
      clearTimeout(flushTimer);
    };
  }, [trpc, trpcClient, queryClient]);

  return status;
}
