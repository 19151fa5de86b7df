import type { PrismaClient } from '../db/generated/client.js';
import { chinaCalendar, type WorkCalendar } from '../domain/schedule.js';
import { AppError } from './app-error.js';
import { fromIsoDate, toIsoDate } from './views.js';

type Db = Pick<PrismaClient, 'calendarDay'>;

export async function listCalendarDays({ prisma }: { prisma: Db }) {
  const rows = await prisma.calendarDay.findMany({
    orderBy: { date: 'asc' },
    select: { date: true, kind: true, note: true },
  });
  return rows.map((row) => ({ date: toIsoDate(row.date), kind: row.kind, note: row.note }));
}

/** The official calendar with the bureau's local changes; identical changes share one cached calendar. */
export async function loadCalendar({ prisma }: { prisma: Db }): Promise<WorkCalendar> {
  const days = await listCalendarDays({ prisma });
  return chinaCalendar({
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => d.date),
  });
}

export async function setCalendarDay({
  prisma,
  input,
}: {
  prisma: Db;
  input: { date: string; kind: 'holiday' | 'workday'; note: string };
}) {
  const date = fromIsoDate(input.date);
  const row = await prisma.calendarDay.upsert({
    where: { date },
    create: { date, kind: input.kind, note: input.note },
    update: { kind: input.kind, note: input.note },
    select: { date: true, kind: true, note: true },
  });
  return { date: toIsoDate(row.date), kind: row.kind, note: row.note };
}

export async function removeCalendarDay({ prisma, date }: { prisma: Db; date: string }) {
  const { count } = await prisma.calendarDay.deleteMany({ where: { date: fromIsoDate(date) } });
  if (count === 0) throw new AppError('NOT_FOUND', 'calendar.dayNotFound', { date });
}
