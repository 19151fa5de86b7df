// What each day of a year is, for the calendar screen: the official arrangement from
// server/domain (weekends, holidays, make-up working days) with the bureau's local changes on top,
// in the same order of precedence as the scheduler's chinaCalendar().
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/api/router.js';
import { OFFICIAL_HOLIDAYS, type HolidayNotice } from '../../../server/domain/china-holidays.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from '../../../server/domain/dates.js';

export type DayKind = 'workday' | 'weekend' | 'officialHoliday' | 'officialWorkday' | 'localHoliday' | 'localWorkday';
export const DAY_KINDS: readonly DayKind[] = [
  'workday',
  'weekend',
  'officialHoliday',
  'officialWorkday',
  'localHoliday',
  'localWorkday',
];

/** An arrangement an admin entered (calendar.notices). */
export type EnteredNotice = inferRouterOutputs<AppRouter>['calendar']['notices'][number];

export interface LocalDay {
  date: string;
  kind: 'holiday' | 'workday';
  note: string;
}

export interface DayInfo {
  date: string;
  kind: DayKind;
  /** The holiday in the official notice ('国庆节'), also for its make-up working days. */
  holiday: string | null;
  note: string | null;
}

export interface OfficialDay {
  kind: 'officialHoliday' | 'officialWorkday';
  holiday: string;
}
/** What the official arrangements say of each date they name. */
export type OfficialDays = ReadonlyMap<string, OfficialDay>;

/** The official days of some notices on top of `base` (a later notice wins a date two of them name). */
export function officialDaysOf(notices: readonly Pick<HolidayNotice, 'blocks'>[], base?: OfficialDays): OfficialDays {
  const days = new Map(base);
  for (const notice of notices) {
    for (const block of notice.blocks) {
      const from = parseIsoDate(block.from);
      const to = parseIsoDate(block.to);
      // A draft being typed may have half a range: it shows nothing until both ends are dates.
      if (from === undefined || to === undefined || to - from > 366) continue;
      for (let day = from; day <= to; day++) {
        days.set(formatIsoDate(day), { kind: 'officialHoliday', holiday: block.name });
      }
      for (const date of block.makeUpWorkdays) {
        if (parseIsoDate(date) !== undefined) days.set(date, { kind: 'officialWorkday', holiday: block.name });
      }
    }
  }
  return days;
}

/** The built-in notices, from the code. */
export const BUILT_IN_DAYS: OfficialDays = officialDaysOf(Object.values(OFFICIAL_HOLIDAYS));

/** Message keys of the weekdays, Monday first: the bureau's weeks start on Monday. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 0 = Monday … 6 = Sunday. */
export function mondayIndex(date: string): number {
  return (weekdayOf(parseIsoDate(date)!) + 6) % 7;
}

export function classifyDay(
  date: string,
  local: ReadonlyMap<string, LocalDay>,
  official: OfficialDays = BUILT_IN_DAYS,
): DayInfo {
  const change = local.get(date);
  const rule = official.get(date);
  const holiday = rule?.holiday ?? null;
  if (change) {
    const kind = change.kind === 'holiday' ? 'localHoliday' : 'localWorkday';
    return { date, kind, holiday, note: change.note };
  }
  if (rule) return { date, kind: rule.kind, holiday, note: null };
  return { date, kind: mondayIndex(date) >= 5 ? 'weekend' : 'workday', holiday: null, note: null };
}

export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'officialWorkday' || kind === 'localWorkday';
}

/** The month's dates in Monday-first weeks; null pads the first and last week. month: 1–12. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  const length = Date.UTC(year, month, 1) / 86_400_000 - first;
  const cells: (string | null)[] = Array.from({ length: mondayIndex(formatIsoDate(first)) }, () => null);
  for (let i = 0; i < length; i++) cells.push(formatIsoDate(first + i));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function countWorkingDays(
  year: number,
  local: ReadonlyMap<string, LocalDay>,
  official: OfficialDays = BUILT_IN_DAYS,
): number {
  const first = Date.UTC(year, 0, 1) / 86_400_000;
  const end = Date.UTC(year + 1, 0, 1) / 86_400_000;
  let count = 0;
  for (let day = first; day < end; day++)
    if (isWorkingKind(classifyDay(formatIsoDate(day), local, official).kind)) count++;
  return count;
}
