import { expect, test } from 'vitest';
import { formatIsoDate, MAX_YEAR, MIN_YEAR, parseIsoDate, toIsoDate } from '../../server/domain/dates.js';

const MS_PER_DAY = 86_400_000;

test('every day of the supported years reads and writes as the platform dates them', () => {
  const first = Date.UTC(MIN_YEAR, 0, 1) / MS_PER_DAY;
  const last = Date.UTC(MAX_YEAR, 11, 31) / MS_PER_DAY;
  const wrong: string[] = [];
  for (let day = first; day <= last; day++) {
    const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (formatIsoDate(day) !== iso || parseIsoDate(iso) !== day) wrong.push(iso);
    // A stored timestamp later in the day is still that day (UTC).
    if (toIsoDate(new Date(day * MS_PER_DAY + 23 * 3_600_000)) !== iso) wrong.push(`${iso} 23:00`);
  }
  expect(wrong).toEqual([]);
});

test.each([
  ['2023-02-29', 'no leap day in 2023'],
  ['2100-02-29', 'none in 2100 either'],
  ['2026-04-31', 'April has 30 days'],
  ['2026-13-01', 'no thirteenth month'],
  ['2026-00-10', 'no month 0'],
  ['2026-01-00', 'no day 0'],
  ['2026-1-01', 'one-digit month'],
  ['2026/01/01', 'slashes'],
  [' 2026-01-01', 'a leading space'],
  ['2026-01-01T00:00', 'a time'],
  ['２０２６-01-01', 'full-width digits'],
  ['', 'nothing'],
])('%s is not a date (%s)', (text) => {
  expect(parseIsoDate(text)).toBeUndefined();
});

test('leap days are dates where the Gregorian calendar has them', () => {
  expect(formatIsoDate(parseIsoDate('2000-02-29')!)).toBe('2000-02-29');
  expect(formatIsoDate(parseIsoDate('2024-02-29')!)).toBe('2024-02-29');
});

test('an invalid stored date is refused as the platform refuses it', () => {
  expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
});
