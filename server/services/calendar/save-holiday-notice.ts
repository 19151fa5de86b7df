import type { Prisma } from '../../db/generated/client.js';
import type { THolidayNoticeSave } from '../../domain/calendar-notice-input.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { AppError } from '../shared/app-error.js';
import { conflictOnUniqueViolation } from '../shared/unique-violation.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { recordChange } from '../shared/record-change.js';

/**
 * Enters a year's official arrangement, or replaces the one entered before (`expectedVersion` says
 * which). Every deadline and light may move, so the board hears a calendar change.
 */
export async function saveHolidayNotice({ prisma, actor, input }: ActorOptions<THolidayNoticeSave>) {
  const { year, expectedVersion, ...notice } = input;
  // Two admins entering the same new year at once: the second insert meets the key and hears who won.
  return conflictOnUniqueViolation(
    () => save(),
    async () => {
      const winner = await prisma.holidayNotice.findUnique({ where: { year }, select: { enteredByName: true } });
      if (winner) throw new AppError('CONFLICT', 'holiday.exists', { year, by: winner.enteredByName });
    },
  );

  function save() {
    return prisma.$transaction(async (tx) => {
      const before = await tx.holidayNotice.findUnique({
        where: { year },
        select: { title: true, number: true, published: true, blocks: true, version: true, enteredByName: true },
      });
      if (!before && expectedVersion !== null) throw new AppError('NOT_FOUND', 'holiday.notFound', { year });
      if (before && expectedVersion === null) {
        throw new AppError('CONFLICT', 'holiday.exists', { year, by: before.enteredByName });
      }
      if (before && before.version !== expectedVersion) {
        throw new AppError('CONFLICT', 'holiday.conflict', { year, by: before.enteredByName });
      }
      const data = {
        title: notice.title,
        number: notice.number,
        published: notice.published ? fromIsoDate(notice.published) : null,
        blocks: notice.blocks as unknown as Prisma.InputJsonValue,
        enteredById: actor.id,
        enteredByName: actor.displayName,
        enteredAt: new Date(),
      };
      if (before) {
        const { count } = await tx.holidayNotice.updateMany({
          where: { year, version: before.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError('CONFLICT', 'holiday.conflict', { year, by: before.enteredByName });
      } else {
        await tx.holidayNotice.create({ data: { year, ...data } });
      }
      await recordChange(tx, {
        actor,
        action: before ? 'update' : 'create',
        entityType: 'holidayNotice',
        entityId: year,
        before: before && {
          title: before.title,
          number: before.number,
          published: before.published && toIsoDate(before.published),
          blocks: before.blocks,
        },
        after: notice,
        event: 'calendar.changed',
      });
      return { year, version: before ? before.version + 1 : 1 };
    });
  }
}
