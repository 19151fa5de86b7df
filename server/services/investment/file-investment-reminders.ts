import type { PrismaClient } from '../../db/generated/client.js';
import { fromIsoDate } from '../../domain/dates.js';
import { isReminderDay, monthBeingReported, periodKey, reportDueDate } from '../../domain/investment.js';
import { investmentReminderDedupeKey, type InvestmentReminderParams } from '../../domain/notifications.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { readInvestmentSettings } from './investment-settings.js';
import { unreportedWhere } from './list-unreported.js';

/**
 * From `reminderWorkingDays` working days before a month's report is due, each editor of a unit with
 * projects not yet reported hears it once per unit and month (the unique key makes a repeat a no-op,
 * however often the sweep runs and on however many servers). Returns how many notices were new.
 */
export async function fileInvestmentReminders({ prisma, today }: { prisma: PrismaClient; today: string }) {
  const settings = await readInvestmentSettings({ prisma });
  if (!isReminderDay(today, settings, await loadCalendar({ prisma }))) return 0;
  const period = monthBeingReported(today);
  const dueDate = reportDueDate(period, settings.reportDueDay);
  const missing = await prisma.project.groupBy({
    by: ['ownerUnitId'],
    where: unreportedWhere(period),
    _count: { _all: true },
  });
  if (missing.length === 0) return 0;
  const units = await prisma.ownerUnit.findMany({
    where: { id: { in: missing.map((row) => row.ownerUnitId) } },
    select: {
      id: true,
      name: true,
      members: { where: { user: { role: 'editor', isDisabled: false } }, select: { userId: true } },
    },
  });
  const count = new Map(missing.map((row) => [row.ownerUnitId, row._count._all]));
  const data = units.flatMap((unit) => {
    const params: InvestmentReminderParams = {
      unitId: unit.id,
      unit: unit.name,
      period: periodKey(period),
      dueDate,
      count: count.get(unit.id) ?? 0,
    };
    return unit.members.map(({ userId }) => ({
      userId,
      kind: 'investment.reminder',
      params,
      createdOn: fromIsoDate(today),
      dedupeKey: investmentReminderDedupeKey(unit.id, params.period),
    }));
  });
  const { count: created } = await prisma.notification.createMany({ skipDuplicates: true, data });
  return created;
}
