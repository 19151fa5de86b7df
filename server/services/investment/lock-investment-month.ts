import type { z } from 'zod';
import type { ZInvestmentPeriod } from '../../domain/investment-input.js';
import { hasMonthEnded, periodKey } from '../../domain/investment.js';
import type { DatedActorOptions } from '../shared/actor-options.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { recordAudit } from '../shared/record-audit.js';
import { conflictOnUniqueViolation } from '../shared/unique-violation.js';
import { holdMonth } from './save-investment-report.js';

type Options = DatedActorOptions<z.output<typeof ZInvestmentPeriod>>;

/** An admin closes a month's report: its figures change after this only by a correction with a reason. */
export async function lockInvestmentMonth({ prisma, actor, today, input }: Options) {
  authorize(actor, 'manageInvestment');
  const period = { year: input.year, month: input.month };
  if (!hasMonthEnded(period, today)) throw new AppError('BAD_REQUEST', 'investment.monthNotEnded', period);
  const refuseIfLocked = async () => {
    const lock = await prisma.investmentMonthLock.findUnique({ where: { year_month: period } });
    if (lock) throw new AppError('CONFLICT', 'investment.alreadyLocked', { ...period, by: lock.lockedByName });
  };
  await refuseIfLocked();
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        await holdMonth(tx, period, 'exclusive');
        const lock = await tx.investmentMonthLock.create({
          data: { ...period, lockedById: actor.id || null, lockedByName: actor.displayName },
          select: { year: true, month: true, lockedByName: true, lockedAt: true },
        });
        await recordAudit(tx, {
          actor,
          action: 'lock',
          entityType: 'investmentMonth',
          entityId: periodKey(period),
          after: { isLocked: true },
        });
        return lock;
      }),
    refuseIfLocked,
  );
}

/** An admin opens a locked month again (a late report, a wrong lock); the log keeps who and when. */
export async function unlockInvestmentMonth({ prisma, actor, input }: Omit<Options, 'today'>) {
  authorize(actor, 'manageInvestment');
  const period = { year: input.year, month: input.month };
  return prisma.$transaction(async (tx) => {
    await holdMonth(tx, period, 'exclusive');
    const { count } = await tx.investmentMonthLock.deleteMany({ where: period });
    if (count === 0) throw new AppError('CONFLICT', 'investment.notLocked', period);
    await recordAudit(tx, {
      actor,
      action: 'unlock',
      entityType: 'investmentMonth',
      entityId: periodKey(period),
      before: { isLocked: true },
      after: { isLocked: false },
    });
    return period;
  });
}
