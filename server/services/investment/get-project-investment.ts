import type { PrismaClient } from '../../db/generated/client.js';
import { isFutureMonth, monthBeingReported } from '../../domain/investment.js';
import { AppError } from '../shared/app-error.js';
import { toInvestmentMonthView } from './investment-views.js';
import { readInvestmentProgress } from './read-investment-progress.js';
import { investmentReportSelect } from './save-investment-report.js';

/**
 * A project's investment for the project page: this year's progress against 序时进度 with its light,
 * and the twelve months of `year` (by default the year of the month being reported), each with its
 * report if there is one and whether it is locked.
 */
export async function getProjectInvestment({
  prisma,
  today,
  projectId,
  year = monthBeingReported(today).year,
}: {
  prisma: PrismaClient;
  today: string;
  projectId: number;
  year?: number | undefined;
}) {
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    select: { id: true, plannedInvestment: true },
  });
  if (!project) throw new AppError('NOT_FOUND', 'project.notFound', { id: projectId });
  const [progress, reports, locks] = await Promise.all([
    readInvestmentProgress({ prisma, today, projectIds: [projectId] }),
    prisma.investmentReport.findMany({ where: { projectId, year }, select: investmentReportSelect }),
    prisma.investmentMonthLock.findMany({ where: { year }, select: { month: true } }),
  ]);
  const locked = new Set(locks.map((lock) => lock.month));
  const byMonth = new Map(reports.map((row) => [row.month, row]));
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const row = byMonth.get(month);
    return {
      month,
      isLocked: locked.has(month),
      isFuture: isFutureMonth({ year, month }, today),
      report: row ? toInvestmentMonthView(row, locked.has(month)) : null,
    };
  });
  const yearTotal = reports.reduce((sum, row) => sum + Number(row.amount), 0);
  return {
    year,
    reporting: monthBeingReported(today),
    progress: progress.get(projectId)!,
    yearTotal: yearTotal.toFixed(2),
    months,
  };
}
