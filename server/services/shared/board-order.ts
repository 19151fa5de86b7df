import { Prisma } from '../../db/generated/client.js';
import { PlacementError, type Placement } from '../../domain/board-move.js';
import { compareRanked, type Ranked } from '../../domain/ordering.js';
import type { Stage } from '../../domain/stages.js';

export const BOARD_ORDER_LOCK = 0x6f726472; // 'ordr'

/**
 * Writers that pick a place in a column take turns (held until the transaction ends), so two
 * cards dropped into the same gap at once never get the same key.
 */
export async function lockBoardOrder(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOARD_ORDER_LOCK})`;
}

/** The few cards of a column around a placement, and the placement within them. */
export interface Neighbours {
  column: Ranked[];
  placement: Placement;
}

/** A row of `neighboursQuery`: `side` says which part of the query found it. */
export interface NeighbourRow extends Ranked {
  side: 'near' | 'beyond' | 'first' | 'around' | 'last';
}

/**
 * The query of the few cards of a column around a placement (its rows are `NeighbourRow`s), and how to
 * read them: `rankForPlacement` gives the same key from these as from the whole column, without reading
 * a column of thousands. Order is (rank, id) in byte order (the "C" collation, the column's own since
 * the board_order_index migration, whose index serves these row comparisons); the moved card itself is
 * never a neighbour.
 */
export function neighboursQuery(
  stage: Stage,
  movedId: number,
  placement: Placement,
): { sql: Prisma.Sql; read(rows: readonly NeighbourRow[]): Neighbours } {
  const inColumn = (table: string) =>
    Prisma.sql`${Prisma.raw(table)}."stage" = ${stage}::"Stage" AND NOT ${Prisma.raw(table)}."isArchived"
      AND ${Prisma.raw(table)}."id" <> ${movedId}`;
  const ascending = Prisma.sql`ORDER BY p."rank" COLLATE "C", p."id"`;
  const descending = Prisma.sql`ORDER BY p."rank" COLLATE "C" DESC, p."id" DESC`;
  const only = (side: NeighbourRow['side']) => (rows: readonly NeighbourRow[]) =>
    rows.filter((row) => row.side === side).map(({ id, rank }) => ({ id, rank }));
  const last = Prisma.sql`(SELECT p."id", p."rank", 'last' AS "side" FROM "Project" p WHERE ${inColumn('p')}
    ${descending} LIMIT 1)`;

  if ('afterId' in placement || 'beforeId' in placement) {
    const isAfter = 'afterId' in placement;
    const neighbourId = isAfter ? placement.afterId : placement.beforeId;
    const beyond = isAfter
      ? Prisma.sql`(p."rank" COLLATE "C", p."id") > (n."rank", n."id") ${ascending}`
      : Prisma.sql`(p."rank" COLLATE "C", p."id") < (n."rank", n."id") ${descending}`;
    // The card beyond in a lateral subquery: the neighbour's key then bounds the index scan.
    return {
      sql: Prisma.sql`
        (SELECT n."id", n."rank", 'near' AS "side" FROM "Project" n WHERE ${inColumn('n')} AND n."id" = ${neighbourId})
        UNION ALL
        (SELECT b."id", b."rank", 'beyond' AS "side" FROM "Project" n,
          LATERAL (SELECT p."id", p."rank" FROM "Project" p WHERE ${inColumn('p')} AND ${beyond} LIMIT 1) AS b
          WHERE n."id" = ${neighbourId} AND ${inColumn('n')})`,
      read(rows) {
        const [near] = only('near')(rows);
        if (!near) throw new PlacementError(neighbourId);
        const beyondRows = only('beyond')(rows);
        return { column: isAfter ? [near, ...beyondRows] : [...beyondRows, near], placement };
      },
    };
  }
  if ('position' in placement && placement.position <= 0) {
    return {
      sql: Prisma.sql`(SELECT p."id", p."rank", 'first' AS "side" FROM "Project" p WHERE ${inColumn('p')}
        ${ascending} LIMIT 1)`,
      read: (rows) => ({ column: only('first')(rows), placement: { position: 0 } }),
    };
  }
  if ('position' in placement) {
    // The cards either side of the gap: the one at position - 1 and the one at position; past the
    // end of the column, the last card.
    return {
      sql: Prisma.sql`(SELECT p."id", p."rank", 'around' AS "side" FROM "Project" p WHERE ${inColumn('p')}
        ${ascending} LIMIT 2 OFFSET ${placement.position - 1}) UNION ALL ${last}`,
      read(rows): Neighbours {
        const around = only('around')(rows).sort(compareRanked);
        return around.length === 2
          ? { column: around, placement: { position: 1 } }
          : { column: only('last')(rows), placement: {} };
      },
    };
  }
  return { sql: last, read: (rows) => ({ column: only('last')(rows), placement: {} }) };
}

export async function readNeighbours(
  tx: Prisma.TransactionClient,
  stage: Stage,
  movedId: number,
  placement: Placement,
): Promise<Neighbours> {
  const query = neighboursQuery(stage, movedId, placement);
  return query.read(await tx.$queryRaw<NeighbourRow[]>(query.sql));
}

/**
 * The condition that `below` and `above` (either may be missing: the column's start or end) are still in
 * the column at the keys read, and that no card of the column but the moved one lies strictly between
 * them: for a write that placed a card between them from a read it cannot be sure is current. (A
 * neighbour that moved away widens the gap without filling it: the card would land where it was.)
 */
export function stillBetween(stage: Stage, movedId: number, below: Ranked | null, above: Ranked | null): Prisma.Sql {
  const after = below ? Prisma.sql`(q."rank" COLLATE "C", q."id") > (${below.rank}, ${below.id})` : Prisma.sql`TRUE`;
  const before = above ? Prisma.sql`(q."rank" COLLATE "C", q."id") < (${above.rank}, ${above.id})` : Prisma.sql`TRUE`;
  const inPlace = (card: Ranked | null) =>
    card
      ? Prisma.sql`EXISTS (SELECT 1 FROM "Project" c WHERE c."id" = ${card.id} AND c."stage" = ${stage}::"Stage"
          AND NOT c."isArchived" AND c."rank" = ${card.rank})`
      : Prisma.sql`TRUE`;
  return Prisma.sql`${inPlace(below)} AND ${inPlace(above)}
    AND NOT EXISTS (SELECT 1 FROM "Project" q WHERE q."stage" = ${stage}::"Stage" AND NOT q."isArchived"
    AND q."id" <> ${movedId} AND ${after} AND ${before})`;
}
