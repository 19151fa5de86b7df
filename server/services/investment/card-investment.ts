import type { Prisma } from '../../db/generated/client.js';
import { investmentProgress, reportingYear, type InvestmentThresholds } from '../../domain/investment.js';

/** The card's investment light against 序时进度; null for a project without a plan this year. */
export function cardInvestment(
  row: { plannedInvestment: Prisma.Decimal; investmentReports: { year: number; amount: Prisma.Decimal }[] },
  today: string,
  thresholds: InvestmentThresholds,
) {
  const year = reportingYear(today);
  const completed = row.investmentReports.reduce((sum, r) => (r.year === year ? sum + Number(r.amount) : sum), 0);
  const progress = investmentProgress({ plan: Number(row.plannedInvestment), completed }, today, thresholds);
  if (progress.completedPercent === null || progress.behindPoints === null) return null;
  return {
    light: progress.light,
    completedPercent: Math.round(progress.completedPercent * 10) / 10,
    elapsedPercent: Math.round(progress.elapsedPercent * 10) / 10,
    behindPoints: Math.round(progress.behindPoints * 10) / 10,
  };
}
export type CardInvestment = ReturnType<typeof cardInvestment>;
