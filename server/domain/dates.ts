/**
 * The one codec for calendar dates: 'YYYY-MM-DD' strings, integer day numbers (days since
 * 1970-01-01) for arithmetic, and the midnight-UTC Date objects the database stores.
 *
 * Why integers rather than Date objects or date-fns: their arithmetic runs in the machine's time
 * zone, so the same schedule could come out a day apart in Los Angeles and Shanghai around a DST
 * change. Day numbers built with Date.UTC carry no time zone, compare with `<`, and index arrays,
 * which the working-day index needs. The Gregorian arithmetic itself is still the platform's.
 */

/**
 * Years that input dates and computed dates may reach. The bound keeps a typo such as 2924 from
 * making the working-day index build centuries of years.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2399;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' date, or undefined when it is not an existing date in that form. */
export function parseIsoDate(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2024-02-30 over into March; only a real date survives the round trip.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** Whether `iso` is an existing date written 'YYYY-MM-DD'. */
export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== undefined;
}

export function formatIsoDate(day: number): string {
  return toIsoDate(new Date(day * MS_PER_DAY));
}

/** A stored date (midnight UTC) as 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as the database stores it: midnight UTC. */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

// A table of January firsts, because yearOf runs for every date the scheduler touches and a Date
// per call showed up in profiles.
const YEAR_FIRSTS = Int32Array.from({ length: MAX_YEAR - MIN_YEAR + 2 }, (_, i) => firstDayOfYear(MIN_YEAR + i));

export function yearOf(day: number): number {
  // The estimate is off by at most one year, so the two loops stay inside the table.
  let i = Math.floor((day - YEAR_FIRSTS[0]!) / 365.2425);
  if (i < 1 || i > YEAR_FIRSTS.length - 3) return new Date(day * MS_PER_DAY).getUTCFullYear();
  while (day < YEAR_FIRSTS[i]!) i--;
  while (day >= YEAR_FIRSTS[i + 1]!) i++;
  return MIN_YEAR + i;
}
