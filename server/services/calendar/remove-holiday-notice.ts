import { toIsoDate } from '../../domain/dates.js';
import { AppError } from '../shared/app-error.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { recordChange } from '../shared/record-change.js';

/** Drops an entered arrangement: the year counts weekends only again (and the board warns of it). */
export async function removeHolidayNotice({
  prisma,
  actor,
  input,
}: ActorOptions<{ year: number; expectedVersion: number }>) {
  const { year } = input;
  await prisma.$transaction(async (tx) => {
    const before = await tx.holidayNotice.findUnique({
      where: { year },
      select: { title: true, number: true, published: true, blocks: true, version: true, enteredByName: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'holiday.notFound', { year });
    if (before.version !== input.expectedVersion) {
      throw new AppError('CONFLICT', 'holiday.conflict', { year, by: before.enteredByName });
    }
    // By version, so a notice saved again since it was read is not removed unseen (nor a 500 on a race).
    const { count } = await tx.holidayNotice.deleteMany({ where: { year, version: before.version } });
    if (count === 0) throw new AppError('CONFLICT', 'holiday.conflict', { year, by: before.enteredByName });
    await recordChange(tx, {
      actor,
      action: 'remove',
      entityType: 'holidayNotice',
      entityId: year,
      before: {
        title: before.title,
        number: before.number,
        published: before.published && toIsoDate(before.published),
        blocks: before.blocks,
      },
      event: 'calendar.changed',
    });
  });
}
