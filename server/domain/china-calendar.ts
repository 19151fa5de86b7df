import { OFFICIAL_HOLIDAYS, type HolidayNotice } from './china-holidays.js';
import { MAX_YEAR, MIN_YEAR, firstDayOfYear, formatIsoDate, parseIsoDate, weekdayOf, yearOf } from './dates.js';
import { ScheduleError, toDay } from './schedule.js';

/** A calendar must be pure: the same date always gets the same answer (its index is cached). */
export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** Years with an official arrangement, built in or entered by an admin; absent: the built-in years. */
  readonly officialYears?: readonly number[];
}

/** Entered arrangements by year (HolidayNotice rows), for the years the code has none of its own. */
export type EnteredNotices = Readonly<Record<number, HolidayNotice>>;

interface OfficialDays {
  rest: Set<string>;
  work: Set<string>;
}

function officialDaysOf(notices: readonly HolidayNotice[]): OfficialDays {
  const days: OfficialDays = { rest: new Set(), work: new Set() };
  for (const notice of notices) {
    for (const block of notice.blocks) {
      for (let day = parseIsoDate(block.from)!; day <= parseIsoDate(block.to)!; day++)
        days.rest.add(formatIsoDate(day));
      for (const date of block.makeUpWorkdays) days.work.add(date);
    }
  }
  return days;
}

const BUILT_IN = officialDaysOf(Object.values(OFFICIAL_HOLIDAYS));

/** Years whose State Council arrangement is built in; beyond them only weekends and overrides count. */
export const OFFICIAL_CALENDAR_YEARS: readonly number[] = Object.freeze(Object.keys(OFFICIAL_HOLIDAYS).map(Number));

/** Whether the official holiday data covers this date, so the UI can warn when a schedule leaves it. */
export function hasOfficialCalendar(date: string, calendar?: WorkCalendar): boolean {
  return officialYearsOf(calendar).includes(yearOf(toDay(date, 'date')));
}

/** The years a calendar has official data for: the built-in ones unless it says otherwise. */
export function officialYearsOf(calendar?: WorkCalendar): readonly number[] {
  return calendar?.officialYears ?? OFFICIAL_CALENDAR_YEARS;
}

function builtInIsWorkingDay(date: string): boolean {
  if (BUILT_IN.rest.has(date)) return false;
  if (BUILT_IN.work.has(date)) return true;
  const weekday = weekdayOf(toDay(date, 'date'));
  return weekday !== 0 && weekday !== 6;
}

// Shared instances, so a server calling chinaCalendar() per project reuses one working-day index.
const OFFICIAL_CHINA: WorkCalendar = Object.freeze({
  isWorkingDay: builtInIsWorkingDay,
  officialYears: OFFICIAL_CALENDAR_YEARS,
});
const withOverrides = new Map<string, WorkCalendar>();
const MAX_CACHED_OVERRIDES = 32;

/** Entered notices for built-in years are ignored: the built-in notice is the one cited. */
function enteredOnly(notices: EnteredNotices): [number, HolidayNotice][] {
  return Object.entries(notices)
    .map(([year, notice]): [number, HolidayNotice] => [Number(year), notice])
    .filter(([year]) => !OFFICIAL_CALENDAR_YEARS.includes(year))
    .sort(([a], [b]) => a - b);
}

/**
 * Weekends off except official make-up days, official holidays off; the official data is the built-in
 * notices plus the ones an admin entered. Overrides win over the official data (a local rule); a date
 * in both override lists is an error.
 */
export function chinaCalendar(
  overrides: { holidays?: string[]; workdays?: string[]; notices?: EnteredNotices } = {},
): WorkCalendar {
  const holidays = (overrides.holidays ?? []).map((date) => formatIsoDate(toDay(date, 'holiday override')));
  const workdays = (overrides.workdays ?? []).map((date) => formatIsoDate(toDay(date, 'workday override')));
  const entered = enteredOnly(overrides.notices ?? {});
  if (holidays.length === 0 && workdays.length === 0 && entered.length === 0) return OFFICIAL_CHINA;

  const rest = new Set(holidays);
  const work = new Set(workdays);
  const clash = workdays.find((date) => rest.has(date));
  if (clash !== undefined) {
    throw new ScheduleError(
      'calendarConflict',
      `Calendar override ${clash} is listed both as a holiday and as a working day`,
      {
        date: clash,
      },
    );
  }

  // The notices' content, not their versions, is in the key: a notice deleted and entered again differs.
  const cacheKey = `${[...rest].sort().join(',')}|${[...work].sort().join(',')}|${JSON.stringify(entered)}`;
  const cached = withOverrides.get(cacheKey);
  if (cached) return cached;
  const official = officialDaysOf(entered.map(([, notice]) => notice));
  const officialYears = Object.freeze(
    [...OFFICIAL_CALENDAR_YEARS, ...entered.map(([year]) => year)].sort((a, b) => a - b),
  );
  const calendar: WorkCalendar = Object.freeze({
    isWorkingDay: (date: string) =>
      rest.has(date)
        ? false
        : work.has(date)
          ? true
          : official.rest.has(date)
            ? false
            : official.work.has(date)
              ? true
              : builtInIsWorkingDay(date),
    officialYears,
  });
  if (withOverrides.size >= MAX_CACHED_OVERRIDES) withOverrides.clear();
  withOverrides.set(cacheKey, calendar);
  return calendar;
}

interface YearBlock {
  year: number;
  first: number;
  /** Each day as 'YYYY-MM-DD', kept from asking the calendar, because formatting dominated profiles. */
  iso: string[];
  /** cum[i]: working days from January 1 up to, not including, day first + i. */
  cum: Int32Array;
  /** The year's working days, in order. */
  work: Int32Array;
  /** Ordinal of the year's first working day. */
  base: number;
}

/** Days without a working day after which a search gives up: ten years, two of them leap years. */
const NO_WORKING_DAY_LIMIT = 3652;
/** How many years from `near` a rank is looked up among the years built: nine years span fewer days than the limit. */
const NEARBY_YEARS = 8;

/**
 * Working-day ordinals for one calendar, built a year at a time on demand. rank(day) is the number
 * of working days before `day` counted from an arbitrary origin, so moving n working days and
 * counting working days between two dates are array lookups instead of day-by-day loops.
 */
export class WorkingDays {
  private readonly calendar: WorkCalendar;
  private readonly blocks: (YearBlock | undefined)[] = [];
  private lo = 0;
  private hi = -1;
  private last: YearBlock | undefined;

  constructor(calendar: WorkCalendar) {
    this.calendar = calendar;
  }

  isWorking(day: number): boolean {
    const block = this.blockOf(day);
    const i = day - block.first;
    return block.cum[i + 1]! > block.cum[i]!;
  }

  rank(day: number): number {
    const block = this.blockOf(day);
    return block.base + block.cum[day - block.first]!;
  }

  format(day: number): string {
    const block = this.blockOf(day);
    return block.iso[day - block.first]!;
  }

  /** The working day whose rank is k; `near` only says where to start looking. */
  nth(k: number, near: number): number {
    const block = this.blockOf(near);
    if (k >= block.base && k < block.base + block.work.length) return block.work[k - block.base]!;
    const built = this.builtBlockOfRank(k);
    // Within nine calendar years (at most 3,294 days) no stretch can be the ten empty years search()
    // refuses, so the answer is the one search() would give, whatever was built before.
    if (built && Math.abs(built.year - block.year) <= NEARBY_YEARS) return built.work[k - built.base]!;
    return this.search(k, near);
  }

  /** The year already built that holds the k-th working day: ranks grow with the years, so halve. */
  private builtBlockOfRank(k: number): YearBlock | undefined {
    let lo = this.lo;
    let hi = this.hi;
    if (hi < lo || k < this.blocks[lo - MIN_YEAR]!.base) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid - MIN_YEAR]!.base <= k) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo - MIN_YEAR]!;
    return k < block.base + block.work.length ? block : undefined;
  }

  /**
   * Walks year by year away from `near` towards the k-th working day. `from` is the first day of
   * the stretch without a working day that the walk is in: `near` at first, then the day past the
   * last working day walked over. The walk gives up once that stretch exceeds the limit, measured
   * in days rather than in calendar years (eleven empty years between two working days in
   * different years used to pass), and says from which date and in which direction it looked.
   */
  private search(k: number, near: number): number {
    const isForward = k >= this.rank(near);
    let from = near;
    for (let year = yearOf(near); ; year += isForward ? 1 : -1) {
      const block = this.block(year);
      const length = block.work.length;
      let gap: number;
      let next: number | undefined;
      if (isForward) {
        const i = cumAt(block, from); // the block's first working day on or after `from`
        gap = i < length ? block.work[i]! - from : block.first + block.cum.length - 1 - from;
        if (i < length) next = block.work[length - 1]! + 1;
      } else {
        const i = cumAt(block, from + 1) - 1; // the block's last working day on or before `from`
        gap = i >= 0 ? from - block.work[i]! : from - block.first + 1;
        if (i >= 0) next = block.work[0]! - 1;
      }
      if (gap > NO_WORKING_DAY_LIMIT) throw noWorkingDay(from, isForward);
      if (k >= block.base && k < block.base + length) return block.work[k - block.base]!;
      if (next !== undefined) from = next;
    }
  }

  onOrBefore(day: number): number {
    return this.nth(this.rank(day + 1) - 1, day);
  }

  onOrAfter(day: number): number {
    return this.nth(this.rank(day), day);
  }

  /** The n-th working day after `day` (n = 0: `day` itself, even if it is a rest day). */
  forward(day: number, n: number): number {
    return n === 0 ? day : this.nth(this.rank(day + 1) + n - 1, day);
  }

  /** The n-th working day before `day` (n = 0: `day` itself, even if it is a rest day). */
  back(day: number, n: number): number {
    return n === 0 ? day : this.nth(this.rank(day) - n, day);
  }

  private blockOf(day: number): YearBlock {
    const last = this.last;
    if (last && day >= last.first && day < last.first + last.cum.length - 1) return last;
    return (this.last = this.block(yearOf(day)));
  }

  private block(year: number): YearBlock {
    const hit = this.blocks[year - MIN_YEAR];
    if (hit) return hit;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new ScheduleError(
        'outOfRange',
        `The schedule reaches the year ${year}, outside the supported years ${MIN_YEAR}–${MAX_YEAR}`,
        {
          year,
        },
      );
    }
    // Ranks must never change once handed out, so years are added outward from the first one built.
    if (this.hi < this.lo) {
      this.lo = this.hi = year;
      this.blocks[year - MIN_YEAR] = this.build(year, 0);
    }
    while (this.hi < year) {
      const prev = this.blocks[this.hi - MIN_YEAR]!;
      this.hi++;
      this.blocks[this.hi - MIN_YEAR] = this.build(this.hi, prev.base + prev.work.length);
    }
    while (this.lo > year) {
      const next = this.blocks[this.lo - MIN_YEAR]!;
      this.lo--;
      const block = this.build(this.lo, 0);
      block.base = next.base - block.work.length;
      this.blocks[this.lo - MIN_YEAR] = block;
    }
    return this.blocks[year - MIN_YEAR]!;
  }

  private build(year: number, base: number): YearBlock {
    const first = firstDayOfYear(year);
    const length = firstDayOfYear(year + 1) - first;
    const cum = new Int32Array(length + 1);
    const iso: string[] = [];
    const work: number[] = [];
    for (let i = 0; i < length; i++) {
      iso.push(formatIsoDate(first + i));
      const isWorking = this.calendar.isWorkingDay(iso[i]!);
      if (isWorking) work.push(first + i);
      cum[i + 1] = cum[i]! + (isWorking ? 1 : 0);
    }
    return { year, first, iso, cum, work: Int32Array.from(work), base };
  }
}

/** Working days in the block before `day`, with days outside the block clamped to its ends. */
function cumAt(block: YearBlock, day: number): number {
  return block.cum[Math.min(Math.max(day - block.first, 0), block.cum.length - 1)]!;
}

function noWorkingDay(from: number, isForward: boolean): ScheduleError {
  const date = formatIsoDate(from);
  const direction = isForward ? 'after' : 'before';
  return new ScheduleError(
    'noWorkingDay',
    `The calendar has no working day within ten years (${NO_WORKING_DAY_LIMIT} days) on or ${direction} ${date}`,
    { date, direction },
  );
}

const indexes = new WeakMap<WorkCalendar, WorkingDays>();

export function workingDays(calendar: WorkCalendar): WorkingDays {
  let index = indexes.get(calendar);
  if (!index) indexes.set(calendar, (index = new WorkingDays(calendar)));
  return index;
}
