import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { describe, expect, test } from 'vitest';
import {
  OFFICIAL_CALENDAR_YEARS,
  ScheduleError,
  chinaCalendar,
  hasOfficialCalendar,
  workingDays,
  type WorkCalendar,
  type WorkingDays,
} from '../../server/domain/schedule.js';
import { parseIsoDate } from '../../server/domain/dates.js';
import { OFFICIAL_HOLIDAYS } from '../../server/domain/china-holidays.js';

const china = chinaCalendar();

// Typed in from the State Council notices (not from the data file), one row per block.
const HOLIDAY_BLOCKS: [string, string[], string[]][] = [
  ['2024 元旦', ['2024-01-01'], []],
  ['2024 春节', dates('2024-02-10', 8), ['2024-02-04', '2024-02-18']],
  ['2024 清明节', dates('2024-04-04', 3), ['2024-04-07']],
  ['2024 劳动节', dates('2024-05-01', 5), ['2024-04-28', '2024-05-11']],
  ['2024 端午节', ['2024-06-10'], []],
  ['2024 中秋节', dates('2024-09-15', 3), ['2024-09-14']],
  ['2024 国庆节', dates('2024-10-01', 7), ['2024-09-29', '2024-10-12']],
  ['2025 元旦', ['2025-01-01'], []],
  ['2025 春节', dates('2025-01-28', 8), ['2025-01-26', '2025-02-08']],
  ['2025 清明节', dates('2025-04-04', 3), []],
  ['2025 劳动节', dates('2025-05-01', 5), ['2025-04-27']],
  ['2025 端午节', dates('2025-05-31', 3), []],
  ['2025 国庆节、中秋节', dates('2025-10-01', 8), ['2025-09-28', '2025-10-11']],
  ['2026 元旦', dates('2026-01-01', 3), ['2026-01-04']],
  ['2026 春节', dates('2026-02-15', 9), ['2026-02-14', '2026-02-28']],
  ['2026 清明节', dates('2026-04-04', 3), []],
  ['2026 劳动节', dates('2026-05-01', 5), ['2026-05-09']],
  ['2026 端午节', dates('2026-06-19', 3), []],
  ['2026 中秋节', dates('2026-09-25', 3), []],
  ['2026 国庆节', dates('2026-10-01', 7), ['2026-09-20', '2026-10-10']],
];

// The day before and the day after each block, worked out on a printed calendar.
const AROUND_BLOCKS: [string, string, boolean, string, boolean][] = [
  ['2024 元旦', '2023-12-31', false, '2024-01-02', true], // Sunday before
  ['2024 春节', '2024-02-09', true, '2024-02-18', true], // 除夕 only "encouraged" off; Sunday after is make-up
  ['2024 清明节', '2024-04-03', true, '2024-04-07', true],
  ['2024 劳动节', '2024-04-30', true, '2024-05-06', true],
  ['2024 端午节', '2024-06-09', false, '2024-06-11', true],
  ['2024 中秋节', '2024-09-14', true, '2024-09-18', true],
  ['2024 国庆节', '2024-09-30', true, '2024-10-08', true],
  ['2025 元旦', '2024-12-31', true, '2025-01-02', true],
  ['2025 春节', '2025-01-27', true, '2025-02-05', true],
  ['2025 清明节', '2025-04-03', true, '2025-04-07', true],
  ['2025 劳动节', '2025-04-30', true, '2025-05-06', true],
  ['2025 端午节', '2025-05-30', true, '2025-06-03', true],
  ['2025 国庆节、中秋节', '2025-09-30', true, '2025-10-09', true],
  ['2026 元旦', '2025-12-31', true, '2026-01-04', true],
  ['2026 春节', '2026-02-14', true, '2026-02-24', true],
  ['2026 清明节', '2026-04-03', true, '2026-04-07', true],
  ['2026 劳动节', '2026-04-30', true, '2026-05-06', true],
  ['2026 端午节', '2026-06-18', true, '2026-06-22', true],
  ['2026 中秋节', '2026-09-24', true, '2026-09-28', true],
  ['2026 国庆节', '2026-09-30', true, '2026-10-08', true],
];

function dates(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => format(addDays(parseISO(first), i), 'yyyy-MM-dd'));
}

function catchError(run: () => unknown): ScheduleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleError) return error;
    throw error;
  }
  throw new Error('expected a ScheduleError');
}

describe('chinaCalendar weekends', () => {
  test.each([
    ['2024-03-08', true], // Friday
    ['2024-03-09', false], // Saturday
    ['2024-03-10', false], // Sunday
    ['2024-03-11', true], // Monday
    ['2027-03-06', false], // Saturday in a year without official data
    ['2027-03-08', true],
  ])('%s working: %s', (date, expected) => {
    expect(china.isWorkingDay(date)).toBe(expected);
  });
});

describe.each(HOLIDAY_BLOCKS)('official arrangement %s', (_name, holidays, makeUpDays) => {
  test.each(holidays)('%s is a rest day', (date) => expect(china.isWorkingDay(date)).toBe(false));
  if (makeUpDays.length > 0) {
    test.each(makeUpDays)('%s is a make-up working day', (date) => {
      expect(isWeekend(parseISO(date))).toBe(true);
      expect(china.isWorkingDay(date)).toBe(true);
    });
  }
});

test.each(AROUND_BLOCKS)('around %s: %s working %s, %s working %s', (_name, before, isBefore, after, isAfter) => {
  expect(china.isWorkingDay(before)).toBe(isBefore);
  expect(china.isWorkingDay(after)).toBe(isAfter);
});

test('every other day of 2024–2026 follows the weekday rule', () => {
  const holidays = new Set(HOLIDAY_BLOCKS.flatMap(([, h]) => h));
  const makeUp = new Set(HOLIDAY_BLOCKS.flatMap(([, , m]) => m));
  for (const date of dates('2024-01-01', 366 + 365 + 365)) {
    const expected = !holidays.has(date) && (makeUp.has(date) || !isWeekend(parseISO(date)));
    expect([date, china.isWorkingDay(date)]).toEqual([date, expected]);
  }
});

test.each([
  [2024, 251],
  [2025, 248],
  [2026, 248],
])('%i has %i working days', (year, count) => {
  const index = workingDays(china);
  const first = parseIsoDate(`${year}-01-01`)!;
  const next = parseIsoDate(`${year + 1}-01-01`)!;
  expect(index.rank(next) - index.rank(first)).toBe(count);
});

describe.each([2024, 2025, 2026])('the %i notice', (year) => {
  test('is built in and cited by its full document number', () => {
    const notice = OFFICIAL_HOLIDAYS[year];
    expect(notice?.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    expect(notice?.number).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
    // Each notice is issued in the autumn before the year it arranges, and numbered in that year.
    expect(notice?.number).toContain(`〔${year - 1}〕`);
    expect(notice?.published.startsWith(`${year - 1}-`)).toBe(true);
  });
});

test('every built-in notice is cited by its full document number', () => {
  for (const notice of Object.values(OFFICIAL_HOLIDAYS)) {
    expect(notice.number).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
  }
});

test('official years are exported for the UI', () => {
  expect(OFFICIAL_CALENDAR_YEARS).toEqual([2024, 2025, 2026]);
  expect(hasOfficialCalendar('2026-12-31')).toBe(true);
  expect(hasOfficialCalendar('2027-01-01')).toBe(false);
  expect(hasOfficialCalendar('2023-12-31')).toBe(false);
});

test('a malformed date is rejected, naming it', () => {
  const error = catchError(() => china.isWorkingDay('2024-02-30'));
  expect(error.code).toBe('badDate');
  expect(error.message).toContain('2024-02-30');
});

describe('overrides', () => {
  test('add holidays and make-up workdays for a later year', () => {
    const calendar = chinaCalendar({ holidays: ['2027-02-08'], workdays: ['2027-02-06'] });
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false); // Monday
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2027-02-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-07')).toBe(false);
  });

  test('win over the official data (a local rule)', () => {
    const calendar = chinaCalendar({ holidays: ['2024-02-04'], workdays: ['2024-10-07'] });
    expect(calendar.isWorkingDay('2024-02-04')).toBe(false);
    expect(calendar.isWorkingDay('2024-10-07')).toBe(true);
    expect(calendar.isWorkingDay('2024-10-06')).toBe(false);
  });

  test('a date in both lists is an error naming the date', () => {
    const error = catchError(() =>
      chinaCalendar({ holidays: ['2027-01-01', '2027-01-04'], workdays: ['2027-01-02', '2027-01-04'] }),
    );
    expect(error.code).toBe('calendarConflict');
    expect(error.details.date).toBe('2027-01-04');
    expect(error.message).toContain('2027-01-04');
  });

  test('a malformed override is an error naming it', () => {
    const error = catchError(() => chinaCalendar({ workdays: ['2027-2-6'] }));
    expect(error.code).toBe('badDate');
    expect(error.message).toContain('2027-2-6');
  });

  test('equal overrides share one calendar, so its working-day index is built once', () => {
    expect(chinaCalendar({})).toBe(china);
    expect(chinaCalendar({ holidays: ['2027-02-08', '2027-02-09'] })).toBe(
      chinaCalendar({ holidays: ['2027-02-09', '2027-02-08'] }),
    );
  });
});

describe('working-day index', () => {
  const day = (iso: string) => parseIsoDate(iso)!;
  const iso = (d: number) => format(addDays(parseISO('1970-01-01'), d), 'yyyy-MM-dd');
  const index = workingDays(china);

  test('moves across the 2025/2026 year boundary and the 2026 New Year block', () => {
    // 2025-12-31 Wed, 2026-01-01..03 holiday, 2026-01-04 Sun make-up, 2026-01-05 Mon.
    expect(iso(index.forward(day('2025-12-31'), 1))).toBe('2026-01-04');
    expect(iso(index.forward(day('2025-12-31'), 2))).toBe('2026-01-05');
    expect(iso(index.back(day('2026-01-04'), 1))).toBe('2025-12-31');
    expect(iso(index.onOrBefore(day('2026-01-03')))).toBe('2025-12-31');
    expect(iso(index.onOrAfter(day('2026-01-01')))).toBe('2026-01-04');
  });

  test('moving from a rest day counts working days strictly after or before it', () => {
    // Saturday 2024-03-09: 1 forward = Mon 11th, 1 back = Fri 8th.
    expect(iso(index.forward(day('2024-03-09'), 1))).toBe('2024-03-11');
    expect(iso(index.back(day('2024-03-09'), 1))).toBe('2024-03-08');
  });

  test('works when built outward in both directions from the first year asked for', () => {
    const fresh = workingDays({ isWorkingDay: (date) => china.isWorkingDay(date) });
    expect(fresh.rank(day('2026-06-01')) - fresh.rank(day('2026-06-01'))).toBe(0);
    // 2024-01-01 (Mon, holiday) to 2026-01-01 (exclusive): 251 + 248.
    expect(fresh.rank(day('2026-01-01')) - fresh.rank(day('2024-01-01'))).toBe(499);
    expect(iso(fresh.onOrAfter(day('2024-01-01')))).toBe('2024-01-02');
  });

  describe('gives up after ten years (3,652 days) without a working day, saying where it looked', () => {
    const only = (...dates: string[]): WorkingDays => workingDays({ isWorkingDay: (date) => dates.includes(date) });
    const start = day('2024-06-03');

    test.each([3650, 3652])('a working day %i days later or earlier is found', (distance) => {
      expect(only(iso(start + distance)).onOrAfter(start)).toBe(start + distance);
      expect(only(iso(start - distance)).onOrBefore(start)).toBe(start - distance);
    });

    test('none within 3,653 days after the date', () => {
      const error = catchError(() => only(iso(start + 3653)).onOrAfter(start));
      expect(error.code).toBe('noWorkingDay');
      expect(error.details).toEqual({ date: '2024-06-03', direction: 'after' });
      expect(error.message).toContain('on or after 2024-06-03');
    });

    test('none within 3,653 days before the date', () => {
      const error = catchError(() => only(iso(start - 3653)).onOrBefore(start));
      expect(error.details).toEqual({ date: '2024-06-03', direction: 'before' });
      expect(error.message).toContain('on or before 2024-06-03');
    });

    test('eleven empty years between working days in different years are too many', () => {
      const calendar = () => only('2024-01-02', '2035-11-30');
      const after = catchError(() => calendar().onOrAfter(day('2024-01-05')));
      expect(after.message).toContain('on or after 2024-01-05');
      const before = catchError(() => calendar().onOrBefore(day('2035-11-29')));
      expect(before.message).toContain('on or before 2035-11-29');
    });

    test('the answer does not depend on which years an earlier question built', () => {
      const calendar = only('2024-01-02', '2035-11-30');
      expect(calendar.onOrAfter(day('2035-11-01'))).toBe(day('2035-11-30'));
      const after = catchError(() => calendar.onOrAfter(day('2024-01-05')));
      expect(after.message).toContain('on or after 2024-01-05');

      const warmed = workingDays(china);
      warmed.forward(day('2024-01-02'), 1500); // builds the years up to 2030
      expect(iso(warmed.back(day('2030-06-03'), 1200))).toBe(
        iso(workingDays({ ...china }).back(day('2030-06-03'), 1200)),
      );
    });

    test('a move names the first day of the empty stretch it ran into', () => {
      const error = catchError(() => only('2024-01-02', '2024-01-03', '2040-01-02').forward(day('2024-01-01'), 3));
      expect(error.details).toEqual({ date: '2024-01-04', direction: 'after' });
      const back = catchError(() => only('2010-01-04', '2024-01-02', '2024-01-03').back(day('2024-01-05'), 3));
      expect(back.details).toEqual({ date: '2024-01-01', direction: 'before' });
    });

    test('a long move through working days is not a gap', () => {
      expect(iso(workingDays(china).forward(day('2024-01-02'), 5000))).toMatch(/^20(43|44)-/);
    });
  });

  test('gives up on a calendar without working days', () => {
    const never: WorkCalendar = { isWorkingDay: () => false };
    const error = catchError(() => workingDays(never).onOrAfter(day('2024-06-03')));
    expect(error.code).toBe('noWorkingDay');
    expect(error.message).toContain('2024-06-03');
  });
});
