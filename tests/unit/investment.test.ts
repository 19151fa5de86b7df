import { expect, test } from 'vitest';
import {
  elapsedPercent,
  investmentProgress,
  monthBeingReported,
  reportDueDate,
} from '../../server/domain/investment.js';

test('序时进度 counts the months that have ended: none in January, eleven on 3 December', () => {
  expect(elapsedPercent('2027-01-15')).toBe(0);
  expect(elapsedPercent('2026-07-01')).toBe(50);
  expect(elapsedPercent('2026-12-03')).toBeCloseTo(91.67, 2);
});

test('the light is green within 10 points, yellow from 10 to 30 behind, red beyond 30', () => {
  const today = '2026-07-10'; // 50 % elapsed
  expect(investmentProgress({ plan: 1000, completed: 410 }, today).light).toBe('green');
  expect(investmentProgress({ plan: 1000, completed: 400 }, today).light).toBe('yellow');
  expect(investmentProgress({ plan: 1000, completed: 200 }, today).light).toBe('yellow');
  expect(investmentProgress({ plan: 1000, completed: 199 }, today).light).toBe('red');
  expect(investmentProgress({ plan: 1000, completed: 900 }, today)).toMatchObject({
    completedPercent: 90,
    behindPoints: -40,
    light: 'green',
  });
});

test('thresholds an admin set are honoured', () => {
  const strict = { yellowBehindPoints: 5, redBehindPoints: 15 };
  expect(investmentProgress({ plan: 100, completed: 44 }, '2026-07-10', strict).light).toBe('yellow');
  expect(investmentProgress({ plan: 100, completed: 34 }, '2026-07-10', strict).light).toBe('red');
});

test('no plan or no month ended yet gives no light, across the year boundary', () => {
  expect(investmentProgress({ plan: 0, completed: 10 }, '2026-07-10')).toMatchObject({
    light: null,
    behindPoints: null,
  });
  expect(investmentProgress({ plan: 100, completed: 0 }, '2026-12-31').light).toBe('red');
  expect(investmentProgress({ plan: 100, completed: 0 }, '2027-01-01').light).toBeNull();
  expect(monthBeingReported('2027-01-04')).toEqual({ year: 2026, month: 12 });
  expect(monthBeingReported('2026-12-03')).toEqual({ year: 2026, month: 11 });
});

test('a month is due on the chosen day of the next, clamped to that month', () => {
  expect(reportDueDate({ year: 2026, month: 11 }, 5)).toBe('2026-12-05');
  expect(reportDueDate({ year: 2026, month: 12 }, 5)).toBe('2027-01-05');
  expect(reportDueDate({ year: 2027, month: 1 }, 31)).toBe('2027-02-28');
});

test('exactly 10 and exactly 30 points behind are yellow, whatever floating point makes of the shares', () => {
  // March: 2 of 12 months ended (16.67 %); 8 of 120 is 6.67 %: 10 points behind, computed as 9.999…
  expect(investmentProgress({ plan: 120, completed: 8 }, '2026-03-15').light).toBe('yellow');
  // June: 5 months ended (41.67 %); 14 of 120 is 11.67 %: 30 points behind, computed as 30.000…1
  expect(investmentProgress({ plan: 120, completed: 14 }, '2026-06-15').light).toBe('yellow');
});
