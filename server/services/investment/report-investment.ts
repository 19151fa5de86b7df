import type { z } from 'zod';
import type { ZInvestmentReport } from '../../domain/investment-input.js';
import type { DatedActorOptions } from '../shared/actor-options.js';
import { AppError } from '../shared/app-error.js';
import { toInvestmentMonthView } from './investment-views.js';
import { isMonthLocked, projectToReport, saveInvestmentReport } from './save-investment-report.js';

/**
 * An editor of the project's unit (or an admin) reports what was invested in a month, with a comment;
 * a locked month is closed to this: only an admin's correction, with a reason, changes it then.
 */
export async function reportInvestment({
  prisma,
  actor,
  today,
  input,
}: DatedActorOptions<z.output<typeof ZInvestmentReport>>) {
  return prisma.$transaction(async (tx) => {
    const project = await projectToReport(tx, actor, input.projectId);
    const period = { year: input.year, month: input.month };
    if (await isMonthLocked(tx, period)) throw new AppError('CONFLICT', 'investment.locked', period);
    const row = await saveInvestmentReport(tx, { actor, today, project, input, action: 'reportInvestment' });
    return toInvestmentMonthView(row, false);
  });
}
