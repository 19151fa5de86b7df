// One event stream per browser, shared by its tabs. A browser opens at most six HTTP/1.1 connections
// to a host, so a stream per tab would stall the seventh tab's requests. The tabs elect a leader with
// the Web Locks API (the lock is freed when the tab closes or crashes, and the next waiting tab gets
// it); the leader holds the stream and passes each event to the others over a BroadcastChannel. Every
// tab remembers the last event id it saw, so a tab that takes over resumes the stream right after it.
//
// Web Locks exist only in secure contexts (HTTPS, or localhost). Served over plain HTTP on an office
// network, the tabs elect a leader by heartbeats on a second channel instead: the leader says so every
// second; a tab that hears nothing for a few seconds claims the lead, and of two leaders the later claim
// keeps it. A short overlap only means two streams for a moment; events are idempotent refetches.
export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveEvent {
  id: string;
  kind: string;
  projectId: number | null;
  actorName: string;
  at: Date;
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
}: {
  open: OpenStream;
  onEvent(event: LiveEvent): void;
  onStatus(status: LiveStatus): void;
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
      close = open(lastEventId, {
        onEvent(event) {
          failures = 0;
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

  const stopElection =
    'locks' in navigator && navigator.locks ? electWithLock(NAME, lead) : electWithHeartbeats(NAME, lead);
  return () => {
    stopElection();
    channel.close();
  };
}

type Lead = (resign: AbortSignal) => void;

function electWithLock(name: string, lead: Lead): () => void {
  const waiting = new AbortController();
  const resign = new AbortController();
  let release = () => {};
  navigator.locks
    .request(
      name,
      { signal: waiting.signal },
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          lead(resign.signal);
        }),
    )
    .catch(() => {}); // stopped while still waiting for the lock
  return () => {
    waiting.abort();
    resign.abort();
    release();
  };
}

const HEARTBEAT_MS = 1_000;
const LEADER_SILENT_MS = 3_500;

type Heartbeat = { type: 'heartbeat'; claim: [number, number] } | { type: 'resign' };

function electWithHeartbeats(name: string, lead: Lead): () => void {
  const channel = new BroadcastChannel(`${name}:election`);
  const tabId = Math.random();
  let claim: [number, number] | null = null;
  let resign: AbortController | null = null;
  let leaderHeardAt = Date.now(); // give a running leader a chance to be heard before claiming
  let isStopped = false;
  const laterThanMine = (other: [number, number]) =>
    claim !== null && (other[0] > claim[0] || (other[0] === claim[0] && other[1] > claim[1]));

  function step() {
    if (isStopped) return;
    if (resign && claim) channel.postMessage({ type: 'heartbeat', claim } satisfies Heartbeat);
    else if (Date.now() - leaderHeardAt > LEADER_SILENT_MS) {
      claim = [Date.now(), tabId];
      resign = new AbortController();
      channel.postMessage({ type: 'heartbeat', claim } satisfies Heartbeat);
      lead(resign.signal);
    }
  }
  function stepDown() {
    resign?.abort();
    resign = null;
    claim = null;
  }
  channel.onmessage = ({ data }: MessageEvent<Heartbeat>) => {
    if (data.type === 'resign') {
      leaderHeardAt = 0;
      setTimeout(step, Math.random() * 300); // not every tab at once
    } else if (!resign || laterThanMine(data.claim)) {
      stepDown();
      leaderHeardAt = Date.now();
    }
  };
  const timer = setInterval(step, HEARTBEAT_MS);
  const onPageHide = () => {
    if (resign) channel.postMessage({ type: 'resign' } satisfies Heartbeat);
  };
  window.addEventListener('pagehide', onPageHide);
  return () => {
    isStopped = true;
    clearInterval(timer);
    window.removeEventListener('pagehide', onPageHide);
    onPageHide();
    stepDown();
    channel.close();
  };
}
