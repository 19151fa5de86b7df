// One listener per server process on the board channel, fanned out to every open event stream.
// Writers notify at commit with the new BoardEvent's id (server/services/board-events.ts); the
// table, not the notification, is the source of truth, so subscribers only learn "look again".
import type { Database } from '../db/client.js';
import { BOARD_CHANNEL } from '../services/shared/record-board-event.js';

/** `id`: the event just committed; undefined: anything may have been missed (the listener reconnected). */
export type BoardBusListener = (signal: { id?: number }) => void;

export interface BoardBus {
  /** Calls `listener` whenever new board events may be in the table; returns how to stop. */
  subscribe(listener: BoardBusListener): () => void;
  readonly isClosed: boolean;
  /** Stops listening and wakes every subscriber, which then ends its stream. */
  close(): Promise<void>;
}

export async function startBoardBus(db: Pick<Database, 'listen'>): Promise<BoardBus> {
  const listeners = new Set<BoardBusListener>();
  let isClosed = false;
  const publish = (signal: { id?: number }) => {
    for (const listener of listeners) listener(signal);
  };
  const unlisten = await db.listen(BOARD_CHANNEL, {
    onNotify(payload) {
      const id = Number(payload);
      publish(Number.isSafeInteger(id) ? { id } : {});
    },
    onReconnect: () => publish({}),
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
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
