// Which projects have no report yet for the month being reported: by unit for its own page, and a
// count for every unit on the admin's page. Archived projects, and projects with no plan this year,
// report nothing.
import type { PrismaClient } from '../../db/generated/client.js';
import { monthBeingReported, reportDueDate, type YearMonth } from '../../domain/investment.js';
import { AppError } from '../shared/app-error.js';
import { readInvestmentSettings } from './investment-settings.js';

/** Projects expected to report: open, with a plan for this year. */
export const REPORTING = { isArchived: false, plannedInvestment: { gt: 0 } };

export function unreportedWhere(period: YearMonth) {
  return { ...REPORTING, investmentReports: { none: { year: period.year, month: period.month } } };
}

async function reportingMonth(prisma: PrismaClient, today: string) {
  const period = monthBeingReported(today);
  const [settings, lock] = await Promise.all([
    readInvestmentSettings({ prisma }),
    prisma.investmentMonthLock.findUnique({
      where: { year_month: period },
      select: { lockedByName: true, lockedAt: true },
    }),
  ]);
  return { period, dueDate: reportDueDate(period, settings.reportDueDay), lock };
}

/** A unit's projects with no report for the month being reported, and that month's due date. */
export async function unitUnreported({
  prisma,
  today,
  unitId,
}: {
  prisma: PrismaClient;
  today: string;
  unitId: number;
}) {
  const unit = await prisma.ownerUnit.findUnique({ where: { id: unitId }, select: { id: true, name: true } });
  if (!unit) throw new AppError('NOT_FOUND', 'unit.notFound', { id: unitId });
  const month = await reportingMonth(prisma, today);
  const projects = await prisma.project.findMany({
    where: { ownerUnitId: unitId, ...unreportedWhere(month.period) },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, name: true },
  });
  return { ...month, unit, projects };
}

/** Every unit with open projects, how many it has and how many have not reported; most missing first. */
export async function unreportedByUnit({ prisma, today }: { prisma: PrismaClient; today: string }) {
  const month = await reportingMonth(prisma, today);
  const [units, totals, missing] = await Promise.all([
    prisma.ownerUnit.findMany({ select: { id: true, name: true } }),
    prisma.project.groupBy({ by: ['ownerUnitId'], where: REPORTING, _count: { _all: true } }),
    prisma.project.groupBy({ by: ['ownerUnitId'], where: unreportedWhere(month.period), _count: { _all: true } }),
  ]);
  const total = new Map(totals.map((row) => [row.ownerUnitId, row._count._all]));
  const unreported = new Map(missing.map((row) => [row.ownerUnitId, row._count._all]));
  const rows = units
    .filter((unit) => total.has(unit.id))
    .map((unit) => ({ ...unit, projectCount: total.get(unit.id)!, unreportedCount: unreported.get(unit.id) ?? 0 }))
    .sort((a, b) => b.unreportedCount - a.unreportedCount || a.name.localeCompare(b.name, 'zh-CN'));
  return { ...month, units: rows };
}
