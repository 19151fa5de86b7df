// One event stream per browser, shared by its tabs. A browser opens at most six HTTP/1.1 connections
// to a host, so a stream per tab would stall the seventh tab's requests. The tabs elect a leader with
// `broadcast-channel`'s leader election; the leader holds the stream and passes each event to the others
// over a BroadcastChannel. Every tab remembers the last event id it saw, so a tab that takes over
// resumes the stream right after it.
//
// The election holds a Web Lock where there is one (HTTPS, or localhost): the browser frees it when the
// tab closes or crashes, and the next waiting tab gets it. Served over plain HTTP on an office network,
// it runs by messages instead: a tab that wants the lead asks, the leader answers, and a leader that
// closes says so; a crashed one is replaced within a few seconds. A short overlap only means two streams
// for a moment; events are idempotent (a card placed twice is placed once).
import { BroadcastChannel as ElectionChannel, createLeaderElection } from 'broadcast-channel';
import type { Card } from '../../lib/types.js';

export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveEvent {
  id: string;
  kind: string;
  projectId: number | null;
  actorName: string;
  at: Date;
  /** The project's card as the board now has it (null: off the board), with the day its light is for. */
  change?: { today: string; card: Card | null };
  /** The first event of a stream opened without a last id: whatever came before it may have been missed. */
  isResync?: boolean;
}

export interface StreamHandlers {
  onEvent(event: LiveEvent): void;
  onStatus(status: LiveStatus): void;
  /** The stream ended (an error, or the server closed it); the leader opens another after a pause. */
  onEnd(): void;
}

/** Opens the event stream after `lastEventId` (null: from the newest event); returns how to close it. */
export type OpenStream = (lastEventId: string | null, handlers: StreamHandlers) => () => void;

type Message = { type: 'event'; event: LiveEvent } | { type: 'status'; status: LiveStatus } | { type: 'hello' };

const NAME = 'backplan-live';
const RETRY_MAX_MS = 30_000;

export function shareLiveEvents({
  open,
  onEvent,
  onStatus,
  startAfter = () => null,
}: {
  open: OpenStream;
  onEvent(event: LiveEvent): void;
  onStatus(status: LiveStatus): void;
  /** The newest event what this tab shows includes (the board's), if it knows: the first stream starts after it. */
  startAfter?: () => string | null;
}): () => void {
  const channel = new BroadcastChannel(NAME);
  let lastEventId: string | null = null;
  let status: LiveStatus = 'connecting';
  let isLeader = false;

  const post = (message: Message) => channel.postMessage(message);
  function setStatus(next: LiveStatus) {
    status = next;
    onStatus(next);
    if (isLeader) post({ type: 'status', status: next });
  }
  function receive(event: LiveEvent) {
    // While two tabs both hold a stream for a moment, an event may come twice, the older one last:
    // its card must not overwrite a newer one.
    if (lastEventId !== null && Number(event.id) <= Number(lastEventId)) return;
    lastEventId = event.id;
    onEvent(event);
  }

  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data.type === 'event') receive(data.event);
    else if (data.type === 'status' && !isLeader) setStatus(data.status);
    else if (data.type === 'hello' && isLeader) post({ type: 'status', status });
  };
  post({ type: 'hello' }); // the leader, if there is one, answers with the stream's status

  function lead(resign: AbortSignal) {
    if (resign.aborted) return;
    isLeader = true;
    let close: (() => void) | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const connect = () => {
      // A stream opened without a last id starts at the newest event, and what came before may be news.
      lastEventId ??= startAfter();
      let isFresh = lastEventId === null;
      close = open(lastEventId, {
        onEvent(streamed) {
          failures = 0;
          const event = isFresh ? { ...streamed, isResync: true } : streamed;
          isFresh = false;
          receive(event);
          post({ type: 'event', event });
        },
        onStatus: setStatus,
        onEnd() {
          close = null;
          setStatus('offline');
          if (resign.aborted) return;
          const delay = Math.min(RETRY_MAX_MS, 1_000 * 2 ** failures++) * (0.5 + Math.random() / 2);
          retryTimer = setTimeout(connect, delay);
        },
      });
    };
    resign.addEventListener(
      'abort',
      () => {
        isLeader = false;
        clearTimeout(retryTimer);
        close?.();
      },
      { once: true },
    );
    connect();
  }

  const stopElection = elect(lead);
  return () => {
    stopElection();
    channel.close();
  };
}

/**
 * Calls `lead` in one tab at a time. Two leaders can only happen without Web Locks, when a tab did not
 * answer the election in time (frozen, or a busy machine); both start over and the election picks one.
 */
function elect(lead: (resign: AbortSignal) => void): () => void {
  let stop = () => {};
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    const channel = new ElectionChannel(`${NAME}:election`);
    const elector = createLeaderElection(channel);
    const resign = new AbortController();
    elector.onduplicate = () => {
      stop();
      restartTimer = setTimeout(start, Math.random() * 1_000);
    };
    elector.awaitLeadership().then(
      () => lead(resign.signal),
      () => {}, // stopped while still waiting for the lock
    );
    stop = () => {
      resign.abort();
      void channel.close(); // the elector steps down first, and tells the others without Web Locks
    };
  };
  start();
  return () => {
    clearTimeout(restartTimer);
    stop();
  };
}
