import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect, useState } from 'react';
import { useTRPC, useTRPCClient } from '../../lib/trpc.js';
import { applyLiveEvents } from './apply-live-events.js';
import { shareLiveEvents, type LiveEvent, type LiveStatus } from './live-share.js';

/**
 * An event is applied in the next task: at once when it comes alone, and together with the others of
 * a burst (a catch-up after a reconnect) that arrive while the page is still busy with the first.
 */
const COALESCE_MS = 0;

/**
 * Keeps what this tab shows in step with everyone's changes: the board (each changed card placed as
 * the event brings it), and the screens an event's kind concerns. Mount once, below the sign-in gate;
 * returns the stream's state.
 */
export function useLiveBoard(): LiveStatus {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    let pending: LiveEvent[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;

    function flush() {
      flushTimer = undefined;
      const events = pending;
      pending = [];
      applyLiveEvents(queryClient, trpc, events);
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
        flushTimer ??= setTimeout(flush, COALESCE_MS);
      },
      onStatus: setStatus,
      // The board on screen says which event it includes: the stream goes on from there, so the first
      // event is news, not a reason to read the whole board again.
      startAfter() {
        const board = queryClient.getQueryData(trpc.board.get.queryKey());
        return board ? String(board.eventId) : null;
      },
    });
    return () => {
      stop();
      clearTimeout(flushTimer);
    };
  }, [trpc, trpcClient, queryClient]);

  return status;
}
