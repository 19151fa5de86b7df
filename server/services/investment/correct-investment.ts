import type { z } from 'zod';
import type { ZInvestmentCorrection } from '../../domain/investment-input.js';
import type { DatedActorOptions } from '../shared/actor-options.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { toInvestmentMonthView } from './investment-views.js';
import { isMonthLocked, projectToReport, saveInvestmentReport } from './save-investment-report.js';

/** An admin changes a locked month's figure, saying why; the log keeps the old and the new amount. */
export async function correctInvestment({
  prisma,
  actor,
  today,
  input,
}: DatedActorOptions<z.output<typeof ZInvestmentCorrection>>) {
  authorize(actor, 'manageInvestment');
  return prisma.$transaction(async (tx) => {
    const project = await projectToReport(tx, actor, input.projectId);
    const period = { year: input.year, month: input.month };
    if (!(await isMonthLocked(tx, period))) throw new AppError('CONFLICT', 'investment.notLocked', period);
    const { reason, ...fields } = input;
    const row = await saveInvestmentReport(tx, {
      actor,
      today,
      project,
      input: fields,
      action: 'correctInvestment',
      reason,
    });
    return toInvestmentMonthView(row, true);
  });
}
