import type { Prisma } from '../../db/generated/client.js';
import { sortRanked, type Ranked } from '../../domain/ordering.js';
import type { Stage } from '../../domain/stages.js';

const BOARD_ORDER_LOCK = 0x6f726472; // 'ordr'

/**
 * Writers that pick a place in a column take turns (held until the transaction ends), so two
 * cards dropped into the same gap at once never get the same key.
 */
export async function lockBoardOrder(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOARD_ORDER_LOCK})`;
}

export async function readColumn(tx: Prisma.TransactionClient, stage: Stage): Promise<Ranked[]> {
  const rows = await tx.project.findMany({ where: { stage, isArchived: false }, select: { id: true, rank: true } });
  return sortRanked(rows);
}
