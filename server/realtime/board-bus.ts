// One listener per server process on the board channel, fanned out to every open event stream.
// Writers notify at commit with the new BoardEvent (services/shared/record-board-event.ts); the table,
// not the notification, is the source of truth: subscribers learn "look again", and what the event
// says, which spares the board read model a query while notifications come in order.
//
// The streams look again together, each after its last event: those after the same one share one read
// of the table until the next signal, so a hundred open boards cost one query per change, not a hundred.
// A read that started before a signal is not shared after it (it may not see what the signal announced).
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { STAGES } from '../domain/stages.js';
import { BOARD_CHANNEL } from '../services/shared/record-board-event.js';

const ZNotifiedEvent = z.object({
  id: z.number().int().positive(),
  kind: z.string(),
  projectId: z.number().int().nullable(),
  /** A moved card's new place and version, as the move left them. */
  place: z.object({ stage: z.enum(STAGES), rank: z.string(), version: z.number().int() }).nullable(),
});
export type NotifiedEvent = z.infer<typeof ZNotifiedEvent>;

/**
 * `id`: the event just committed, and what it says when the payload told; no id: anything may have
 * been missed (the listener reconnected).
 */
export interface BoardSignal {
  id?: number;
  event?: NotifiedEvent;
}
export type BoardBusListener = (signal: BoardSignal) => void;

function signalOf(payload: string): BoardSignal {
  if (/^\d{1,15}$/.test(payload)) return { id: Number(payload) };
  try {
    const event = ZNotifiedEvent.parse(JSON.parse(payload));
    return { id: event.id, event };
  } catch {
    return {};
  }
}

/** How long streams may share a read when no signal came in between. */
const SHARE_READ_MS = 1_000;

export const boardEventSelect = { id: true, kind: true, projectId: true, actorName: true, at: true } as const;

export interface BoardEventRow {
  id: number;
  kind: string;
  projectId: number | null;
  actorName: string;
  at: Date;
}

export interface BoardBus {
  /** Calls `listener` whenever new board events may be in the table; returns how to stop. */
  subscribe(listener: BoardBusListener): () => void;
  /** The first `take` events after `cursor`, in id order, read once for every stream at that cursor. */
  eventsAfter(cursor: number, take: number): Promise<BoardEventRow[]>;
  readonly isClosed: boolean;
  /** Stops listening and wakes every subscriber, which then ends its stream. */
  close(): Promise<void>;
}

export async function startBoardBus(db: Pick<Database, 'listen' | 'prisma'>): Promise<BoardBus> {
  const listeners = new Set<BoardBusListener>();
  let isClosed = false;
  /** Reads since the last signal, by cursor and page size, with when they began. */
  let reads = new Map<string, { read: Promise<BoardEventRow[]>; at: number }>();
  const publish = (signal: BoardSignal) => {
    reads = new Map();
    for (const listener of listeners) listener(signal);
  };
  const unlisten = await db.listen(BOARD_CHANNEL, {
    onNotify: (payload) => publish(signalOf(payload)),
    onReconnect: () => publish({}),
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    eventsAfter(cursor, take) {
      const key = `${cursor}:${take}`;
      const shared = reads.get(key);
      // Not shared for long either: without a listener (it reconnects) streams look again on timers.
      if (shared && performance.now() - shared.at < SHARE_READ_MS) return shared.read;
      const kept = reads;
      const read = db.prisma.boardEvent.findMany({
        where: { id: { gt: cursor } },
        orderBy: { id: 'asc' },
        take,
        select: boardEventSelect,
      });
      const entry = { read, at: performance.now() };
      kept.set(key, entry);
      // A failed read is not shared: the next stream to look tries again.
      read.catch(() => kept.get(key) === entry && kept.delete(key));
      return read;
    },
    get isClosed() {
      return isClosed;
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      publish({});
      listeners.clear();
      await unlisten();
    },
  };
}
