import type { Prisma } from '../../db/generated/client.js';
import type { investmentReportSelect } from './save-investment-report.js';

type ReportRow = Prisma.InvestmentReportGetPayload<{ select: typeof investmentReportSelect }>;

/** A month's report as the project page shows it; money as an exact decimal string. */
export function toInvestmentMonthView(row: ReportRow, isLocked: boolean) {
  return {
    year: row.year,
    month: row.month,
    amount: row.amount.toFixed(2),
    comment: row.comment,
    reportedByName: row.reportedByName,
    reportedAt: row.reportedAt,
    version: row.version,
    isLocked,
  };
}
export type InvestmentMonthView = ReturnType<typeof toInvestmentMonthView>;
