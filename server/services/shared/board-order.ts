import { Prisma } from '../../db/generated/client.js';
import { PlacementError, type Placement } from '../../domain/board-move.js';
import type { Ranked } from '../../domain/ordering.js';
import type { Stage } from '../../domain/stages.js';

export const BOARD_ORDER_LOCK = 0x6f726472; // 'ordr'

/**
 * Writers that pick a place in a column take turns (held until the transaction ends), so two
 * cards dropped into the same gap at once never get the same key.
 */
export async function lockBoardOrder(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOARD_ORDER_LOCK})`;
}

/**
 * The few cards of a column around a placement, and the placement within them: `rankForPlacement`
 * gives the same key from these as from the whole column, without reading a column of thousands.
 * Order is (rank, id) in byte order (COLLATE "C"), whatever the database's collation; the moved card
 * itself is never a neighbour.
 */
export async function readNeighbours(
  tx: Prisma.TransactionClient,
  stage: Stage,
  movedId: number,
  placement: Placement,
): Promise<{ column: Ranked[]; placement: Placement }> {
  const inColumn = Prisma.sql`"stage" = ${stage}::"Stage" AND NOT "isArchived" AND "id" <> ${movedId}`;
  const ascending = Prisma.sql`ORDER BY "rank" COLLATE "C", "id"`;
  const cards = (where: Prisma.Sql, order: Prisma.Sql, limit: number, offset = 0) =>
    tx.$queryRaw<Ranked[]>`SELECT "id", "rank" FROM "Project" WHERE ${inColumn} AND ${where}
      ${order} LIMIT ${limit} OFFSET ${offset}`;
  const last = () => cards(Prisma.sql`TRUE`, Prisma.sql`ORDER BY "rank" COLLATE "C" DESC, "id" DESC`, 1);

  if ('afterId' in placement || 'beforeId' in placement) {
    const isAfter = 'afterId' in placement;
    const neighbourId = isAfter ? placement.afterId : placement.beforeId;
    // The neighbour and the card beyond it, in one round trip; `side` 0 is the neighbour.
    const beyond = isAfter
      ? Prisma.sql`(p."rank" COLLATE "C" > n."rank" OR (p."rank" = n."rank" AND p."id" > n."id"))
          ORDER BY p."rank" COLLATE "C", p."id"`
      : Prisma.sql`(p."rank" COLLATE "C" < n."rank" OR (p."rank" = n."rank" AND p."id" < n."id"))
          ORDER BY p."rank" COLLATE "C" DESC, p."id" DESC`;
    const rows = await tx.$queryRaw<(Ranked & { side: number })[]>`
      WITH "n" AS (SELECT "id", "rank" FROM "Project" WHERE ${inColumn} AND "id" = ${neighbourId})
      SELECT "id", "rank", 0 AS "side" FROM "n"
      UNION ALL
      (SELECT p."id", p."rank", 1 AS "side" FROM "Project" p, "n"
        WHERE p."stage" = ${stage}::"Stage" AND NOT p."isArchived" AND p."id" <> ${movedId} AND ${beyond} LIMIT 1)`;
    const neighbour = rows.find((row) => row.side === 0);
    if (!neighbour) throw new PlacementError(neighbourId);
    const others = rows.filter((row) => row.side === 1).map(({ id, rank }) => ({ id, rank }));
    const near = { id: neighbour.id, rank: neighbour.rank };
    return { column: isAfter ? [near, ...others] : [...others, near], placement };
  }
  if ('position' in placement && placement.position <= 0) {
    return { column: await cards(Prisma.sql`TRUE`, ascending, 1), placement: { position: 0 } };
  }
  if ('position' in placement) {
    // The cards either side of the gap: the one at position - 1 and the one at position.
    const around = await cards(Prisma.sql`TRUE`, ascending, 2, placement.position - 1);
    if (around.length === 2) return { column: around, placement: { position: 1 } };
  }
  return { column: await last(), placement: {} };
}
