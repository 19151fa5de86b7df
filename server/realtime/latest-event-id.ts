// The newest board event id, as the board read model needs it on every read. With a listener it is
// what the last notification said: ids commit in order (recordBoardEvent holds a lock to the commit),
// so the last id notified is the newest committed. It is read from the table only when nothing is
// known: at start, after the listener reconnected (notifications may be lost), and after this server
// answered a write (`expectChange`), so the writer's next read shows its write even when the
// notification is still on its way. Concurrent readers share one query.
import type { PrismaClient } from '../db/generated/client.js';
import type { BoardBus, NotifiedEvent } from './board-bus.js';

export interface LatestEventId {
  /** The newest event id committed, at least as new as any write this server answered. */
  read(): Promise<number>;
  /** A write was just answered here: the next read asks the table. */
  expectChange(): void;
  /** Called with each id notified, and what the event says when the notification told (not with what `read` queried). */
  onEvent(listener: (id: number, event?: NotifiedEvent) => void): () => void;
}

export function createLatestEventId({ prisma, bus }: { prisma: PrismaClient; bus?: BoardBus }): LatestEventId {
  let known: number | null = null;
  // Each expected change opens a new generation: a query started before it cannot answer after it.
  let generation = 0;
  let inflight: { generation: number; result: Promise<number> } | null = null;
  const listeners = new Set<(id: number, event?: NotifiedEvent) => void>();

  bus?.subscribe(({ id, event }) => {
    if (id === undefined) {
      known = null;
      generation++;
      return;
    }
    known = Math.max(known ?? 0, id);
    for (const listener of listeners) listener(id, event);
  });

  function query(): Promise<number> {
    // Without a listener nothing says when a write committed: each read asks for itself.
    if (bus && inflight?.generation === generation) return inflight.result;
    const asked = generation;
    const result = prisma.boardEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }).then((row) => {
      const id = row?.id ?? 0;
      if (bus && asked === generation) known = Math.max(known ?? 0, id);
      return id;
    });
    const entry = { generation: asked, result };
    inflight = entry;
    const settle = () => {
      if (inflight === entry) inflight = null;
    };
    result.then(settle, settle);
    return result;
  }

  return {
    read: () => (bus && known !== null ? Promise.resolve(known) : query()),
    expectChange() {
      known = null;
      generation++;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
