import type { PrismaClient } from '../db/generated/client.js';
import { scheduledCardSelect } from '../db/selects.js';
import { sortRanked } from '../domain/ordering.js';
import { scheduleProject } from '../domain/project-schedule.js';
import { STAGES } from '../domain/stages.js';
import { loadCalendar } from './calendar.js';
import { toCardView, toPlan, toScheduleSummary } from './views.js';

/** Every card with its light, computed on read: lights follow milestones, targets, the calendar and today. */
export async function getBoard({ prisma, today }: { prisma: PrismaClient; today: string }) {
  const [rows, calendar] = await Promise.all([
    prisma.project.findMany({ where: { isArchived: false }, select: scheduledCardSelect }),
    loadCalendar({ prisma }),
  ]);
  const cards = rows.map((row) => ({
    ...toCardView(row),
    schedule: toScheduleSummary(scheduleProject(toPlan(row), today, calendar)),
  }));
  // Sorted here rather than in SQL: the key order must be byte order whatever the database's collation.
  const sorted = sortRanked(cards);
  return { today, columns: STAGES.map((stage) => ({ stage, cards: sorted.filter((card) => card.stage === stage) })) };
}
export type BoardView = Awaited<ReturnType<typeof getBoard>>;
