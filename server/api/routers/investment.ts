import {
  ZInvestmentCorrection,
  ZInvestmentPeriod,
  ZInvestmentReport,
  ZInvestmentSettings,
  ZProjectInvestmentYear,
  ZUnitUnreported,
} from '../../domain/investment-input.js';
import { correctInvestment } from '../../services/investment/correct-investment.js';
import { getProjectInvestment } from '../../services/investment/get-project-investment.js';
import { readInvestmentSettings, updateInvestmentSettings } from '../../services/investment/investment-settings.js';
import { unitUnreported, unreportedByUnit } from '../../services/investment/list-unreported.js';
import { lockInvestmentMonth, unlockInvestmentMonth } from '../../services/investment/lock-investment-month.js';
import { reportInvestment } from '../../services/investment/report-investment.js';
import { permitted, router } from '../trpc.js';

// Reporting is work on the project (its unit's editors, or an admin; the service checks the unit);
// locking, correcting a locked month and the settings are an admin's.
export const investmentRouter = router({
  /** A project's progress this year and the twelve months of a year. */
  forProject: permitted('read')
    .input(ZProjectInvestmentYear)
    .query(({ ctx, input }) => getProjectInvestment({ prisma: ctx.db.prisma, today: ctx.today, ...input })),
  report: permitted('editProject')
    .input(ZInvestmentReport)
    .mutation(({ ctx, input }) =>
      reportInvestment({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  correct: permitted('manageInvestment')
    .input(ZInvestmentCorrection)
    .mutation(({ ctx, input }) =>
      correctInvestment({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  lock: permitted('manageInvestment')
    .input(ZInvestmentPeriod)
    .mutation(({ ctx, input }) =>
      lockInvestmentMonth({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  unlock: permitted('manageInvestment')
    .input(ZInvestmentPeriod)
    .mutation(({ ctx, input }) => unlockInvestmentMonth({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  /** A unit's projects not yet reported for the month being reported, with its due date. */
  unreported: permitted('read')
    .input(ZUnitUnreported)
    .query(({ ctx, input }) => unitUnreported({ prisma: ctx.db.prisma, today: ctx.today, unitId: input.unitId })),
  /** Every unit's count of projects not yet reported, the month's due date and its lock. */
  overview: permitted('manageInvestment').query(({ ctx }) =>
    unreportedByUnit({ prisma: ctx.db.prisma, today: ctx.today }),
  ),
  settings: permitted('read').query(({ ctx }) => readInvestmentSettings({ prisma: ctx.db.prisma })),
  updateSettings: permitted('manageInvestment')
    .input(ZInvestmentSettings)
    .mutation(({ ctx, input }) => updateInvestmentSettings({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
});
