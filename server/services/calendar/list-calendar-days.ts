import type { PrismaClient } from '../../db/generated/client.js';
import { toIsoDate } from '../../domain/dates.js';

export type CalendarDb = Pick<PrismaClient, 'calendarDay'>;

/** The bureau's local changes to the official calendar, by date. */
export async function listCalendarDays({ prisma }: { prisma: CalendarDb }) {
  const rows = await prisma.calendarDay.findMany({
    orderBy: { date: 'asc' },
    select: { date: true, kind: true, note: true },
  });
  return rows.map((row) => ({ date: toIsoDate(row.date), kind: row.kind, note: row.note }));
}
