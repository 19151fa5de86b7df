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
const ZERO = 48; // '0'
const DASH = 45; // '-'

// Re-scheduling ten thousand projects reads and writes a few hundred thousand dates: a regular
// expression and a Date per parse, and toISOString per format, were a third of that time. Both
// directions are done in integers instead (days from civil dates and back, as in Howard Hinnant's
// "chrono-compatible low-level date algorithms"), and formatted dates are kept: a board holds a few
// thousand distinct days.

/** Day number of a 'YYYY-MM-DD' date, or undefined when it is not an existing date in that form. */
export function parseIsoDate(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return undefined;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The number written in iso[from, to) in ASCII digits, or -1 when a character is not one. */
function digits(iso: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = iso.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Whether `iso` is an existing date written 'YYYY-MM-DD'. */
export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== undefined;
}

const formatted = new Map<number, string>();
/** 0000-01-01 and 9999-12-31: the years toISOString writes with four digits, as this does. */
const MIN_FORMATTED_DAY = -719_528;
const MAX_FORMATTED_DAY = 2_932_896;
/** Formatted days kept at most; past it the cache starts again (days far apart are rare). */
const MAX_FORMATTED = 50_000;

export function formatIsoDate(day: number): string {
  if (!Number.isInteger(day) || day < MIN_FORMATTED_DAY || day > MAX_FORMATTED_DAY) {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  }
  let iso = formatted.get(day);
  if (iso === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(day, (iso = civilFromDays(day)));
  }
  return iso;
}

/** A stored date (midnight UTC) as 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): string {
  return formatIsoDate(Math.floor(date.getTime() / MS_PER_DAY));
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
