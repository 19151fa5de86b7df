// Monthly investment (月度投资完成) and time-elapsed progress (序时进度): pure rules, amounts in 万元.
//
// The year's plan is the project's "planned investment this year". Reports come a month at a time, so
// the year's elapsed share is counted in months that have ended: on 3 December, January to November
// have ended and the share is 11/12. In January no month has ended, so nobody can be behind yet.
import type { Light } from './schedule.js';

export interface InvestmentThresholds {
  /** Points behind 序时进度 from which the light is yellow (inclusive). */
  yellowBehindPoints: number;
  /** Points behind 序时进度 beyond which the light is red (exclusive). */
  redBehindPoints: number;
}

export const DEFAULT_INVESTMENT_THRESHOLDS: InvestmentThresholds = { yellowBehindPoints: 10, redBehindPoints: 30 };

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

function parts(today: string): YearMonth & { day: number } {
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)), day: Number(today.slice(8, 10)) };
}

/** The year whose plan and reports today's progress is measured on. */
export function reportingYear(today: string): number {
  return parts(today).year;
}

/** Months of `today`'s year that have ended before today (0 in January, 11 in December). */
export function monthsEnded(today: string): number {
  return parts(today).month - 1;
}

/** Share of the year elapsed (序时进度), in percent: months ended ÷ 12. */
export function elapsedPercent(today: string): number {
  return (monthsEnded(today) / 12) * 100;
}

/** The month whose report is being collected today: the one that ended last (December of last year in January). */
export function monthBeingReported(today: string): YearMonth {
  const { year, month } = parts(today);
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The date a month's report is due: `dueDay` of the following month ('YYYY-MM-DD'), clamped to that month's length. */
export function reportDueDate(period: YearMonth, dueDay: number): string {
  const year = period.month === 12 ? period.year + 1 : period.year;
  const month = period.month === 12 ? 1 : period.month + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Math.max(1, dueDay), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface InvestmentProgress {
  /** The year's plan, 万元. */
  plan: number;
  /** Completed this year so far, 万元 (sum of the year's reports). */
  completed: number;
  /** completed ÷ plan, percent; null without a plan. */
  completedPercent: number | null;
  /** 序时进度, percent. */
  elapsedPercent: number;
  /** Points behind 序时进度 (negative: ahead); null without a plan. */
  behindPoints: number | null;
  /** null without a plan, or while no month of the year has ended. */
  light: Light | null;
}

/** The investment light for `behindPoints` behind: green below yellow's threshold, red beyond red's. */
export function investmentLight(behindPoints: number, thresholds: InvestmentThresholds): Light {
  if (behindPoints > thresholds.redBehindPoints) return 'red';
  if (behindPoints >= thresholds.yellowBehindPoints) return 'yellow';
  return 'green';
}

/** Progress of one project, from its year's plan and the sum of its reports for that year. */
export function investmentProgress(
  input: { plan: number; completed: number },
  today: string,
  thresholds: InvestmentThresholds = DEFAULT_INVESTMENT_THRESHOLDS,
): InvestmentProgress {
  const elapsed = elapsedPercent(today);
  if (!(input.plan > 0)) {
    return { ...input, completedPercent: null, elapsedPercent: elapsed, behindPoints: null, light: null };
  }
  const completedPercent = (input.completed / input.plan) * 100;
  // Rounded so that exactly 10 or 30 points behind is not 9.999… or 30.000…1 in binary floating point.
  const behindPoints = Math.round((elapsed - completedPercent) * 1e6) / 1e6;
  const light = monthsEnded(today) === 0 ? null : investmentLight(behindPoints, thresholds);
  return { ...input, completedPercent, elapsedPercent: elapsed, behindPoints, light };
}

/** 'YYYY-MM', how a month is named in keys and the audit log. */
export function periodKey(period: YearMonth): string {
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

function monthIndex(period: YearMonth): number {
  return period.year * 12 + period.month - 1;
}

/** A month that has not begun by `today`: nothing can have been completed in it yet. */
export function isFutureMonth(period: YearMonth, today: string): boolean {
  const { year, month } = parts(today);
  return monthIndex(period) > monthIndex({ year, month });
}

/** A month that has ended by `today`: only such a month's report can be closed (locked). */
export function hasMonthEnded(period: YearMonth, today: string): boolean {
  const { year, month } = parts(today);
  return monthIndex(period) < monthIndex({ year, month });
}

export interface ReminderSettings {
  reportDueDay: number;
  reminderWorkingDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { reportDueDay: 5, reminderWorkingDays: 3 };

/**
 * Whether editors are reminded today of the month being reported: from `reminderWorkingDays` working
 * days before its due date up to the due date itself (working days of the bureau's calendar).
 */
export function isReminderDay(
  today: string,
  settings: ReminderSettings,
  calendar: { isWorkingDay(date: string): boolean },
): boolean {
  const due = reportDueDate(monthBeingReported(today), settings.reportDueDay);
  if (today > due) return false;
  let workingDaysLeft = 0;
  const day = new Date(`${today}T00:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (iso > due) break;
    if (calendar.isWorkingDay(iso)) workingDaysLeft += 1;
  }
  return workingDaysLeft <= settings.reminderWorkingDays;
}
