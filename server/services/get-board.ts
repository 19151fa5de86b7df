import type { PrismaClient } from '../db/generated/client.js';
import { cardSelect } from '../db/selects.js';
import { sortRanked } from '../domain/ordering.js';
import { STAGES, type Stage } from '../domain/stages.js';
import { toCardView, type CardView } from './views.js';

export interface BoardView {
  columns: { stage: Stage; cards: CardView[] }[];
}

export async function getBoard({ prisma }: { prisma: PrismaClient }): Promise<BoardView> {
  const rows = await prisma.project.findMany({ where: { isArchived: false }, select: cardSelect });
  // Sorted here rather than in SQL: the key order must be byte order whatever the database's collation.
  const cards = sortRanked(rows.map(toCardView));
  return { columns: STAGES.map((stage) => ({ stage, cards: cards.filter((card) => card.stage === stage) })) };
}
