import { describe, expect, test } from 'vitest';
import { chinaCalendar } from '../../server/domain/china-calendar.js';
import { hasMonthEnded, isFutureMonth, isReminderDay, periodKey } from '../../server/domain/investment.js';

const calendar = chinaCalendar();
const weekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const settings = { reportDueDay: 5, reminderWorkingDays: 3 };

describe('reporting months', () => {
  test('a month is future once after the current one, and ended once before it', () => {
    expect(isFutureMonth({ year: 2026, month: 12 }, '2026-12-03')).toBe(false);
    expect(isFutureMonth({ year: 2027, month: 1 }, '2026-12-31')).toBe(true);
    expect(hasMonthEnded({ year: 2026, month: 12 }, '2026-12-31')).toBe(false);
    expect(hasMonthEnded({ year: 2026, month: 12 }, '2027-01-01')).toBe(true);
    expect(periodKey({ year: 2026, month: 3 })).toBe('2026-03');
  });

  test('the reminder runs from three working days before the due date to the due date itself', () => {
    // November 2026's report is due Saturday 5 December; Thursday 3 and Friday 4 are the working days left.
    expect(isReminderDay('2026-11-30', settings, calendar)).toBe(false); // 4 working days left (1–4 Dec)
    expect(isReminderDay('2026-12-01', settings, calendar)).toBe(true);
    expect(isReminderDay('2026-12-05', settings, calendar)).toBe(true);
    expect(isReminderDay('2026-12-06', settings, calendar)).toBe(false); // past due: now it is November's
    expect(isReminderDay('2026-12-03', { ...settings, reminderWorkingDays: 0 }, calendar)).toBe(false);
    expect(isReminderDay('2026-12-05', { ...settings, reminderWorkingDays: 0 }, calendar)).toBe(true);
  });

  test('holidays do not count as working days: the report due after the National Day holiday', () => {
    // September 2026's report is due Thursday 8 October; 1–7 October are the National Day holiday, so on
    // 2 October one working day is left (weekdays alone would leave four).
    expect(isReminderDay('2026-10-02', { reportDueDay: 8, reminderWorkingDays: 1 }, calendar)).toBe(true);
    expect(isReminderDay('2026-10-02', { reportDueDay: 8, reminderWorkingDays: 1 }, { isWorkingDay: weekday })).toBe(
      false,
    );
  });
});
