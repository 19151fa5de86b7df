import type { PrismaClient } from '../../db/generated/client.js';
import { fromIsoDate } from '../../domain/dates.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordChange } from '../shared/record-change.js';

/** Drops the bureau's change for a date: the official calendar decides it again. */
export async function removeCalendarDay({ prisma, actor, date }: { prisma: PrismaClient; actor: Actor; date: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({
      where: { date: fromIsoDate(date) },
      select: { kind: true, note: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'calendar.dayNotFound', { date });
    await tx.calendarDay.delete({ where: { date: fromIsoDate(date) } });
    await recordChange(tx, {
      actor,
      action: 'remove',
      entityType: 'calendarDay',
      entityId: date,
      before,
      event: 'calendar.changed',
    });
  });
}
