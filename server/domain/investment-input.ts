// Input shapes for monthly investment reporting, shared by the API (authoritative) and the client's forms.
// Messages are error keys from error-messages.ts, translated where they are shown.
import { z } from 'zod';
import { ZId, ZVersion, zText } from './input-primitives.js';

/** 万元, not below 0, at most two decimals; kept as an exact decimal string. */
export const ZInvestmentAmount = z
  .string({ error: 'validation.amount' })
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: 'validation.amount' });

export const ZInvestmentYear = z
  .number({ error: 'investment.year' })
  .int({ error: 'investment.year' })
  .min(2000, { error: 'investment.year' })
  .max(2100, { error: 'investment.year' });

export const ZInvestmentMonth = z
  .number({ error: 'investment.month' })
  .int({ error: 'investment.month' })
  .min(1, { error: 'investment.month' })
  .max(12, { error: 'investment.month' });

export const ZInvestmentPeriod = z.object({ year: ZInvestmentYear, month: ZInvestmentMonth });
export type TInvestmentPeriod = z.input<typeof ZInvestmentPeriod>;

const comment = zText().trim().max(500, { error: 'validation.tooLong' });

export const ZInvestmentReport = z.object({
  projectId: ZId,
  year: ZInvestmentYear,
  month: ZInvestmentMonth,
  amount: ZInvestmentAmount,
  comment: comment.default(''),
  /** The report's version the form was showing; absent when the month had no report yet. */
  expectedVersion: ZVersion.optional(),
});
export type TInvestmentReport = z.input<typeof ZInvestmentReport>;

export const ZInvestmentCorrection = ZInvestmentReport.extend({
  reason: zText({ error: 'investment.reasonRequired' })
    .trim()
    .min(1, { error: 'investment.reasonRequired' })
    .max(2000, { error: 'validation.tooLong' }),
});
export type TInvestmentCorrection = z.input<typeof ZInvestmentCorrection>;

export const ZProjectInvestmentYear = z.object({ projectId: ZId, year: ZInvestmentYear.optional() });

export const ZUnitUnreported = z.object({ unitId: ZId });

const points = z
  .number({ error: 'investment.points' })
  .int({ error: 'investment.points' })
  .min(0, { error: 'investment.points' })
  .max(100, { error: 'investment.points' });

export const ZInvestmentSettings = z
  .object({
    yellowBehindPoints: points,
    redBehindPoints: points,
    reportDueDay: z
      .number({ error: 'investment.dueDay' })
      .int({ error: 'investment.dueDay' })
      .min(1, { error: 'investment.dueDay' })
      .max(28, { error: 'investment.dueDay' }),
    reminderWorkingDays: z
      .number({ error: 'investment.reminderDays' })
      .int({ error: 'investment.reminderDays' })
      .min(0, { error: 'investment.reminderDays' })
      .max(10, { error: 'investment.reminderDays' }),
  })
  .refine((settings) => settings.yellowBehindPoints < settings.redBehindPoints, {
    error: 'investment.thresholdOrder',
    path: ['redBehindPoints'],
  });
export type TInvestmentSettings = z.input<typeof ZInvestmentSettings>;
