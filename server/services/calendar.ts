import type { PrismaClient } from '../db/generated/client.js';
import type { Actor } from '../domain/permissions.js';
import { chinaCalendar, type WorkCalendar } from '../domain/schedule.js';
import { AppError } from './app-error.js';
import { recordAudit } from './audit.js';
import { recordBoardEvent } from './board-events.js';
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
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: { date: string; kind: 'holiday' | 'workday'; note: string };
}) {
  const date = fromIsoDate(input.date);
  return prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date }, select: { kind: true, note: true } });
    await tx.calendarDay.upsert({
      where: { date },
      create: { date, kind: input.kind, note: input.note },
      update: { kind: input.kind, note: input.note },
    });
    await recordAudit(tx, {
      actor,
      action: 'set',
      entityType: 'calendarDay',
      entityId: input.date,
      before,
      after: input,
    });
    // Every light may move with the calendar.
    await recordBoardEvent(tx, { kind: 'calendar.changed', actor });
    return input;
  });
}

export async function removeCalendarDay({ prisma, actor, date }: { prisma: PrismaClient; actor: Actor; date: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({
      where: { date: fromIsoDate(date) },
      select: { kind: true, note: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'calendar.dayNotFound', { date });
    await tx.calendarDay.delete({ where: { date: fromIsoDate(date) } });
    await recordAudit(tx, { actor, action: 'remove', entityType: 'calendarDay', entityId: date, before });
    await recordBoardEvent(tx, { kind: 'calendar.changed', actor });
  });
}
