// The board events a catch-up must apply, with where each moved card now stands. Notifications carry
// them (see board-bus.ts): while every event of a stretch was notified, the stretch costs no query,
// which after each move would otherwise be one more wait on PGlite's one connection.
import type { PrismaClient } from '../../db/generated/client.js';
import type { NotifiedEvent } from '../../realtime/board-bus.js';
import type { Stage } from '../../domain/stages.js';

export interface EventRow {
  kind: string;
  projectId: number | null;
  /** A moved card's place and version: as the move left it when notified, as it is now when read. */
  place: { stage: Stage; rank: string; version: number } | null;
}

/** Notified events kept for the next catch-up; beyond this many, the oldest are dropped (and read). */
const KEPT_AT_MOST = 10_000;

export interface EventsSince {
  /** What a notification said about an event. */
  note(event: NotifiedEvent): void;
  /** The events after `afterId` up to `toId`, in id order; the notified ones up to `toId` are then let go. */
  read(afterId: number, toId: number): Promise<EventRow[]>;
}

export function createEventsSince(prisma: PrismaClient): EventsSince {
  const notified = new Map<number, EventRow>();
  return {
    note({ id, kind, projectId, place }) {
      if (notified.size >= KEPT_AT_MOST) notified.clear();
      notified.set(id, { kind, projectId, place });
    },
    async read(afterId, toId) {
      const known: EventRow[] = [];
      for (let id = afterId + 1; id <= toId && notified.has(id); id++) known.push(notified.get(id)!);
      const rows = known.length === toId - afterId ? known : await readFromTable(prisma, afterId, toId);
      for (const id of notified.keys()) if (id <= toId) notified.delete(id);
      return rows;
    },
  };
}

/** A moved card's place as it is now: a later change to it has an event of its own, after `toId`. */
async function readFromTable(prisma: PrismaClient, afterId: number, toId: number): Promise<EventRow[]> {
  const rows = await prisma.$queryRaw<
    { kind: string; projectId: number | null; stage: Stage | null; rank: string | null; version: number | null }[]
  >`
    SELECT e."kind", e."projectId", p."stage"::text AS "stage", p."rank", p."version"
    FROM "BoardEvent" e LEFT JOIN "Project" p ON p."id" = e."projectId" AND NOT p."isArchived"
    WHERE e."id" > ${afterId} AND e."id" <= ${toId}
    ORDER BY e."id"`;
  return rows.map(({ kind, projectId, stage, rank, version }) => ({
    kind,
    projectId,
    place:
      kind === 'project.moved' && stage !== null && rank !== null && version !== null ? { stage, rank, version } : null,
  }));
}
