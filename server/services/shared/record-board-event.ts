import { Prisma } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

export const BOARD_CHANNEL = 'backplan_board';
const EVENT_ORDER_LOCK = 0x65766e74; // 'evnt'

export type BoardEventKind =
  | 'project.created'
  | 'project.updated'
  | 'project.moved'
  /** A blocker of the project was raised or took a step: its card, and the blocker screens and notices. */
  | 'blocker.stepped'
  | 'calendar.changed'
  | 'units.changed'
  | 'stageLimits.changed'
  | 'investmentSettings.changed';

export interface BoardEventInput {
  kind: BoardEventKind;
  projectId?: number;
  actor: Pick<Actor, 'username'> | null;
}

/**
 * Appends the event inside the writer's transaction and notifies listeners when it commits.
 * The payload is only the id (NOTIFY caps payloads, and a missed notification is caught up from the table).
 */
export async function recordBoardEvent(tx: Prisma.TransactionClient, event: BoardEventInput): Promise<void> {
  await tx.$executeRaw(boardEventStatement(event));
}

/**
 * The event's statement, after `alongside`'s data-modifying CTEs (`"name" AS (INSERT …),`), which run
 * in the same round trip: a writer's every round trip is one more wait for the others on PGlite's one
 * connection. With `onlyIf`, the event is recorded only when that CTE returns a row. The statement
 * returns one row per event recorded. Ids must commit in order, or a reader catching up "after id N"
 * could skip a slower writer's N-1: the lock is taken before the id is drawn, and held to the commit.
 *
 * The notification carries the event (see board-bus.ts), and with `place` (a JSON object of the moved
 * card's stage, rank and version) where a move left the card.
 */
export function boardEventStatement(
  event: BoardEventInput,
  { alongside = Prisma.empty, onlyIf, place }: { alongside?: Prisma.Sql; onlyIf?: string; place?: Prisma.Sql } = {},
): Prisma.Sql {
  const projectId = event.projectId ?? null;
  const payload = Prisma.sql`json_build_object('id', "event"."id", 'kind', ${event.kind}::text,
    'projectId', ${projectId}::integer, 'place', ${place ?? Prisma.sql`NULL`})::text`;
  return Prisma.sql`
    WITH ${alongside} "turn" AS (
      SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK}) ${onlyIf ? Prisma.raw(`FROM "${onlyIf}"`) : Prisma.empty}
    ),
    "event" AS (
      INSERT INTO "BoardEvent" ("at", "kind", "projectId", "actorName")
      SELECT now() AT TIME ZONE 'UTC', ${event.kind}, ${projectId}::integer, ${event.actor?.username ?? ''}
      FROM "turn"
      RETURNING "id"
    )
    SELECT "event"."id" FROM "event", pg_notify(${BOARD_CHANNEL}, ${payload}) AS "notified"`;
}
