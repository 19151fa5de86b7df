import type { PrismaClient } from '../db/generated/client.js';
import { currentBoard } from './board-cache.js';

/** Every card with its light, computed from milestones, target, calendar and today (kept warm by board-cache). */
export async function getBoard({ prisma, today }: { prisma: PrismaClient; today: string }) {
  return currentBoard(prisma, today);
}
export type BoardView = Awaited<ReturnType<typeof getBoard>>;
