import { Prisma } from '../../db/generated/client.js';
import { PlacementError, type Placement } from '../../domain/board-move.js';
import type { Ranked } from '../../domain/ordering.js';
import type { Stage } from '../../domain/stages.js';

const BOARD_ORDER_LOCK = 0x6f726472; // 'ordr'

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
    const [neighbour] = await cards(Prisma.sql`"id" = ${neighbourId}`, Prisma.empty, 1);
    if (!neighbour) throw new PlacementError(neighbourId);
    const { rank, id } = neighbour;
    const beyond = isAfter
      ? await cards(Prisma.sql`("rank" COLLATE "C" > ${rank} OR ("rank" = ${rank} AND "id" > ${id}))`, ascending, 1)
      : await cards(
          Prisma.sql`("rank" COLLATE "C" < ${rank} OR ("rank" = ${rank} AND "id" < ${id}))`,
          Prisma.sql`ORDER BY "rank" COLLATE "C" DESC, "id" DESC`,
          1,
        );
    return { column: isAfter ? [neighbour, ...beyond] : [...beyond, neighbour], placement };
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
