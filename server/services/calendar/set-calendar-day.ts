import { fromIsoDate } from '../../domain/dates.js';
import { recordChange } from '../shared/record-change.js';
import type { ActorOptions } from '../shared/actor-options.js';

/** Makes a date a holiday or a working day for the bureau (a local change to the official calendar). */
export async function setCalendarDay({
  prisma,
  actor,
  input,
}: ActorOptions<{ date: string; kind: 'holiday' | 'workday'; note: string }>) {
  const date = fromIsoDate(input.date);
  return prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date }, select: { kind: true, note: true } });
    await tx.calendarDay.upsert({
      where: { date },
      create: { date, kind: input.kind, note: input.note },
      update: { kind: input.kind, note: input.note },
    });
    await recordChange(tx, {
      actor,
      action: 'set',
      entityType: 'calendarDay',
      entityId: input.date,
      before,
      after: input,
      // Every light may move with the calendar.
      event: 'calendar.changed',
    });
    return input;
  });
}
