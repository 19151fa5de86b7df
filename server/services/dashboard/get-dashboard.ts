// dashboard.get: reads what the dashboard counts and hands it to the pure aggregation
// (server/domain/dashboard.ts). Lights come from the board's read model, so a chart and the board it
// opens agree; investment from the year's reports; the trend from the daily snapshots.
import type { PrismaClient } from '../../db/generated/client.js';
import { ACTIVE_BLOCKER_STATUSES } from '../../domain/blockers.js';
import {
  blockersByCategory,
  investmentByMonth,
  lightsByStage,
  lightsByUnit,
  redByWeek,
  TREND_WEEKS,
} from '../../domain/dashboard.js';
import { formatIsoDate, fromIsoDate, parseIsoDate, toIsoDate } from '../../domain/dates.js';
import { reportingYear } from '../../domain/investment.js';
import type { BoardReadModel } from '../board/get-board.js';
import { readInvestmentThresholds } from '../investment/read-investment-progress.js';
import { readDashboardCards } from './dashboard-cards.js';

export async function getDashboard({
  prisma,
  board,
  today,
}: {
  prisma: PrismaClient;
  board: Pick<BoardReadModel, 'get'>;
  today: string;
}) {
  const year = reportingYear(today);
  // A week more than shown: the first week's Monday is at most six days before its twelfth-last Sunday.
  const trendFrom = fromIsoDate(formatIsoDate(parseIsoDate(today)! - (TREND_WEEKS + 1) * 7));
  const [cards, thresholds, projects, reports, blockers, snapshots] = await Promise.all([
    readDashboardCards({ board, today }),
    readInvestmentThresholds({ prisma }),
    prisma.project.findMany({
      where: { isArchived: false },
      select: { id: true, plannedInvestment: true, ownerUnit: { select: { id: true, name: true } } },
    }),
    prisma.investmentReport.groupBy({
      by: ['projectId', 'month'],
      where: { year, project: { isArchived: false } },
      _sum: { amount: true },
    }),
    prisma.blocker.findMany({
      where: { status: { in: [...ACTIVE_BLOCKER_STATUSES] }, project: { isArchived: false } },
      select: { category: true, status: true, raisedOn: true },
    }),
    prisma.lightSnapshot.groupBy({
      by: ['day'],
      where: { day: { gte: trendFrom, lte: fromIsoDate(today) } },
      _sum: { red: true },
    }),
  ]);
  return {
    today,
    projectCount: cards.length,
    stages: lightsByStage(cards),
    units: lightsByUnit(cards),
    investment: investmentByMonth(
      projects.map((p) => ({ id: p.id, ownerUnit: p.ownerUnit, plan: Number(p.plannedInvestment) })),
      reports.map((r) => ({ projectId: r.projectId, month: r.month, amount: Number(r._sum.amount ?? 0) })),
      today,
      thresholds,
    ),
    blockers: blockersByCategory(
      blockers.map((b) => ({ category: b.category, status: b.status, raisedOn: toIsoDate(b.raisedOn) })),
      today,
    ),
    redTrend: redByWeek(
      snapshots.map((s) => ({ day: toIsoDate(s.day), red: s._sum.red ?? 0 })),
      today,
    ),
  };
}
