import { expect, test } from 'vitest';
import { BUREAU_TIME_ZONE, todayIn } from '../../server/clock.js';

test('the bureau is in Shanghai time', () => {
  expect(BUREAU_TIME_ZONE).toBe('Asia/Shanghai');
});

test.each([
  // Shanghai is UTC+8 all year: its New Year starts at 16:00 UTC on December 31.
  ['2024-12-31T15:59:59Z', '2024-12-31'],
  ['2024-12-31T16:00:00Z', '2025-01-01'],
  // Just after midnight UTC it is already 08:00 of the same day in Shanghai…
  ['2025-03-10T00:00:00Z', '2025-03-10'],
  // …and just before it, the next day has begun there.
  ['2025-03-09T23:59:59Z', '2025-03-10'],
])('at %s it is %s in the bureau', (instant, date) => {
  expect(todayIn(BUREAU_TIME_ZONE, new Date(instant))).toBe(date);
  expect(todayIn(undefined, new Date(instant))).toBe(date);
});

test('at a UTC date boundary, the date follows the zone asked for', () => {
  expect(todayIn('UTC', new Date('2025-03-09T23:59:59Z'))).toBe('2025-03-09');
  expect(todayIn('UTC', new Date('2025-03-10T00:00:00Z'))).toBe('2025-03-10');
  expect(todayIn('America/Los_Angeles', new Date('2025-03-10T00:00:00Z'))).toBe('2025-03-09');
});

test('today is a plain YYYY-MM-DD date, as the scheduler expects', () => {
  expect(todayIn()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
