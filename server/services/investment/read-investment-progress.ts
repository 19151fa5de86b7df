// Each project's investment progress this year (序时进度 and the investment light), for the card, the
// project page, the dashboard and the ledger: one query for the plans, one grouped sum of the reports.
import type { PrismaClient } from '../../db/generated/client.js';
import {
  DEFAULT_INVESTMENT_THRESHOLDS,
  investmentProgress,
  reportingYear,
  type InvestmentProgress,
  type InvestmentThresholds,
} from '../../domain/investment.js';

export async function readInvestmentThresholds({ prisma }: { prisma: PrismaClient }): Promise<InvestmentThresholds> {
  const settings = await prisma.investmentSettings.findUnique({ where: { id: 1 } });
  return settings
    ? { yellowBehindPoints: settings.yellowBehindPoints, redBehindPoints: settings.redBehindPoints }
    : DEFAULT_INVESTMENT_THRESHOLDS;
}

/** Progress by project id, for `projectIds` or every project not archived. */
export async function readInvestmentProgress({
  prisma,
  today,
  projectIds,
}: {
  prisma: PrismaClient;
  today: string;
  projectIds?: number[];
}): Promise<Map<number, InvestmentProgress>> {
  const year = reportingYear(today);
  const where = projectIds ? { id: { in: projectIds } } : { isArchived: false };
  const [thresholds, projects, sums] = await Promise.all([
    readInvestmentThresholds({ prisma }),
    prisma.project.findMany({ where, select: { id: true, plannedInvestment: true } }),
    prisma.investmentReport.groupBy({
      by: ['projectId'],
      where: { year, ...(projectIds ? { projectId: { in: projectIds } } : { project: { isArchived: false } }) },
      _sum: { amount: true },
    }),
  ]);
  const completed = new Map(sums.map((row) => [row.projectId, Number(row._sum.amount ?? 0)]));
  return new Map(
    projects.map((project) => [
      project.id,
      investmentProgress(
        { plan: Number(project.plannedInvestment), completed: completed.get(project.id) ?? 0 },
        today,
        thresholds,
      ),
    ]),
  );
}
