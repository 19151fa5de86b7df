import { describe, expect, test } from 'vitest';
import {
  ScheduleError,
  chinaCalendar,
  reverseSchedule,
  type MilestoneInput,
  type ScheduledMilestone,
  type WorkCalendar,
} from '../../server/domain/schedule.js';

// Expected dates below were worked out by hand on a printed calendar and the State Council notices.
const china = chinaCalendar();
const everyDay: WorkCalendar = { isWorkingDay: () => true };

function m(
  key: string,
  durationDays: number,
  dependsOn: string[] = [],
  actual: Partial<MilestoneInput> = {},
): MilestoneInput {
  return { key, durationDays, dependsOn, ...actual };
}

function schedule(milestones: MilestoneInput[], targetDate: string, today: string, calendar = china) {
  const result = reverseSchedule({ milestones, targetDate, today, calendar });
  const byKey = new Map(result.milestones.map((s) => [s.key, s]));
  return { ...result, get: (key: string) => byKey.get(key)! };
}

const dates = ({ latestStart, latestFinish, projectedStart, projectedFinish }: ScheduledMilestone) => ({
  latestStart,
  latestFinish,
  projectedStart,
  projectedFinish,
});

function catchError(run: () => unknown): ScheduleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleError) return error;
    throw error;
  }
  throw new Error('expected a ScheduleError');
}

describe('a chain in an ordinary month', () => {
  // March 2024 has no holidays. a(3) → b(2) → c(0), target Fri 29th, today Fri 1st.
  const result = schedule([m('a', 3), m('b', 2, ['a']), m('c', 0, ['b'])], '2024-03-29', '2024-03-01');

  test('backward pass: sink on the target, each predecessor the working day before', () => {
    expect(result.get('c')).toMatchObject({ latestStart: '2024-03-29', latestFinish: '2024-03-29' });
    expect(result.get('b')).toMatchObject({ latestStart: '2024-03-27', latestFinish: '2024-03-28' });
    // 26th Tue, 25th Mon, then over the weekend to Fri 22nd.
    expect(result.get('a')).toMatchObject({ latestStart: '2024-03-22', latestFinish: '2024-03-26' });
  });

  test('forward projection from today, skipping weekends', () => {
    expect(dates(result.get('a'))).toMatchObject({ projectedStart: '2024-03-01', projectedFinish: '2024-03-05' });
    expect(dates(result.get('b'))).toMatchObject({ projectedStart: '2024-03-06', projectedFinish: '2024-03-07' });
    expect(dates(result.get('c'))).toMatchObject({ projectedStart: '2024-03-08', projectedFinish: '2024-03-08' });
  });

  test('slack counts working days between projected and latest finish', () => {
    expect(result.milestones.map((s) => [s.key, s.slackDays, s.light, s.done])).toEqual([
      ['a', 15, 'green', false],
      ['b', 15, 'green', false],
      ['c', 15, 'green', false],
    ]);
    expect(result.projectedFinish).toBe('2024-03-08');
    expect(result.light).toBe('green');
  });
});

describe('target dates on rest days', () => {
  test('a Sunday target moves the sink back to Friday', () => {
    expect(schedule([m('a', 1)], '2024-03-31', '2024-03-01').get('a').latestFinish).toBe('2024-03-29');
  });

  test('a target inside National Day 2024 moves back to 30 September', () => {
    expect(schedule([m('a', 1)], '2024-10-05', '2024-09-02').get('a').latestFinish).toBe('2024-09-30');
  });

  test('a duration spanning National Day skips the whole block', () => {
    // Wed 9 Oct, Tue 8 Oct, then 1–7 Oct off, Mon 30 Sep.
    expect(schedule([m('a', 3)], '2024-10-09', '2024-09-02').get('a').latestStart).toBe('2024-09-30');
  });
});

describe('a diamond across the 2025 Spring Festival', () => {
  // a, b → m → x, y → z. Off 28 Jan–4 Feb; Sun 26 Jan and Sat 8 Feb are worked.
  const result = schedule(
    [m('a', 2), m('b', 4), m('m', 3, ['a', 'b']), m('x', 1, ['m']), m('y', 5, ['m']), m('z', 0, ['x', 'y'])],
    '2025-02-14',
    '2025-01-20',
  );

  test('backward pass takes the earliest latest start among successors', () => {
    expect(dates(result.get('z'))).toMatchObject({ latestStart: '2025-02-14', latestFinish: '2025-02-14' });
    expect(dates(result.get('x'))).toMatchObject({ latestStart: '2025-02-13', latestFinish: '2025-02-13' });
    // 12, 11, 10 Feb, then Saturday 8 Feb (make-up day).
    expect(dates(result.get('y'))).toMatchObject({ latestStart: '2025-02-08', latestFinish: '2025-02-13' });
    // Must finish before y's latest start (8 Feb), not x's (13 Feb).
    expect(dates(result.get('m'))).toMatchObject({ latestStart: '2025-02-05', latestFinish: '2025-02-07' });
    // The working day before 5 Feb is Mon 27 Jan; one more back is Sunday 26 Jan (make-up day).
    expect(dates(result.get('a'))).toMatchObject({ latestStart: '2025-01-26', latestFinish: '2025-01-27' });
    expect(dates(result.get('b'))).toMatchObject({ latestStart: '2025-01-23', latestFinish: '2025-01-27' });
  });

  test('forward projection waits for the latest predecessor', () => {
    expect(dates(result.get('a'))).toMatchObject({ projectedStart: '2025-01-20', projectedFinish: '2025-01-21' });
    expect(dates(result.get('b'))).toMatchObject({ projectedStart: '2025-01-20', projectedFinish: '2025-01-23' });
    // Fri 24, (Sat 25 off), Sun 26 make-up, Mon 27.
    expect(dates(result.get('m'))).toMatchObject({ projectedStart: '2025-01-24', projectedFinish: '2025-01-27' });
    expect(dates(result.get('x'))).toMatchObject({ projectedStart: '2025-02-05', projectedFinish: '2025-02-05' });
    expect(dates(result.get('y'))).toMatchObject({ projectedStart: '2025-02-05', projectedFinish: '2025-02-10' });
    expect(dates(result.get('z'))).toMatchObject({ projectedStart: '2025-02-11', projectedFinish: '2025-02-11' });
  });

  test('slack, lights and the project summary', () => {
    expect(result.milestones.map((s) => [s.key, s.slackDays, s.light])).toEqual([
      ['a', 5, 'yellow'],
      ['b', 3, 'yellow'],
      ['m', 3, 'yellow'],
      ['x', 7, 'green'],
      ['y', 3, 'yellow'],
      ['z', 3, 'yellow'],
    ]);
    expect(result.projectedFinish).toBe('2025-02-11');
    expect(result.light).toBe('yellow');
  });
});

describe('zero-duration milestones', () => {
  test('an event sits on one working day', () => {
    const event = schedule([m('e', 0)], '2024-03-10', '2024-03-04').get('e');
    expect(dates(event)).toEqual({
      latestStart: '2024-03-08',
      latestFinish: '2024-03-08',
      projectedStart: '2024-03-04',
      projectedFinish: '2024-03-04',
    });
  });

  test('consecutive events take consecutive working days (finish-to-start is strict)', () => {
    const result = schedule([m('a', 0), m('b', 0, ['a'])], '2024-03-11', '2024-03-08');
    expect(dates(result.get('a'))).toMatchObject({ latestFinish: '2024-03-08', projectedFinish: '2024-03-08' });
    expect(dates(result.get('b'))).toMatchObject({ latestStart: '2024-03-11', projectedStart: '2024-03-11' });
  });
});

describe('started but unfinished milestones', () => {
  test('project from the actual start', () => {
    const result = schedule(
      [m('a', 5, [], { actualStart: '2024-03-04' }), m('b', 2, ['a'])],
      '2024-03-29',
      '2024-03-06',
    );
    expect(dates(result.get('a'))).toMatchObject({ projectedStart: '2024-03-04', projectedFinish: '2024-03-08' });
    expect(dates(result.get('b'))).toMatchObject({ projectedStart: '2024-03-11', projectedFinish: '2024-03-12' });
    expect(result.get('a').done).toBe(false);
  });

  test('an overrunning one is projected to finish no earlier than the next working day from today', () => {
    // Would have finished Tue 5th; today is Saturday 16th, so Monday 18th.
    const a = schedule([m('a', 2, [], { actualStart: '2024-03-04' })], '2024-03-29', '2024-03-16').get('a');
    expect(dates(a)).toMatchObject({ projectedStart: '2024-03-04', projectedFinish: '2024-03-18' });
  });

  test('a start on a Saturday counts as the first day', () => {
    const a = schedule(
      [m('a', 3, [], { actualStart: '2024-03-09', actualFinish: null })],
      '2024-03-29',
      '2024-03-09',
    ).get('a');
    expect(dates(a)).toMatchObject({ projectedStart: '2024-03-09', projectedFinish: '2024-03-12' });
  });
});

describe('finished milestones', () => {
  test('keep their actual dates, even on a weekend, and are green', () => {
    const result = schedule(
      [m('a', 3, [], { actualStart: '2024-03-02', actualFinish: '2024-03-09' }), m('b', 1, ['a'])],
      '2024-03-29',
      '2024-03-05',
    );
    expect(result.get('a')).toMatchObject({
      projectedStart: '2024-03-02',
      projectedFinish: '2024-03-09',
      done: true,
      light: 'green',
    });
    // Successor starts the first working day after Saturday 9th.
    expect(dates(result.get('b'))).toMatchObject({ projectedStart: '2024-03-11', projectedFinish: '2024-03-11' });
  });

  test('without a start, start = finish moved back d − 1 working days', () => {
    const result = schedule(
      [
        m('sunday', 3, [], { actualFinish: '2024-03-10' }),
        m('wednesday', 3, [], { actualFinish: '2024-03-13' }),
        m('event', 0, [], { actualFinish: '2024-03-09', actualStart: undefined }),
      ],
      '2024-03-29',
      '2024-03-14',
    );
    expect(result.get('sunday').projectedStart).toBe('2024-03-07');
    expect(result.get('wednesday').projectedStart).toBe('2024-03-11');
    expect(result.get('event').projectedStart).toBe('2024-03-09');
  });

  test('finished late: green, with the negative slack still reported', () => {
    const a = schedule([m('a', 1, [], { actualFinish: '2024-03-13' })], '2024-03-08', '2024-03-14').get('a');
    expect(a).toMatchObject({ latestFinish: '2024-03-08', slackDays: -3, light: 'green', done: true });
  });

  test('finished on the Saturday after a Friday deadline: no working day lost, slack 0', () => {
    const a = schedule([m('a', 1, [], { actualFinish: '2024-03-09' })], '2024-03-08', '2024-03-11').get('a');
    expect(a).toMatchObject({ latestFinish: '2024-03-08', projectedFinish: '2024-03-09', slackDays: 0 });
  });
});

describe('lights', () => {
  test('yellow from slack of 5 working days, green from 6', () => {
    // Latest finish Fri 29th is more than a week after Mon 18th, so only slack decides.
    const result = schedule([m('ten', 10), m('five', 5), m('four', 4)], '2024-03-29', '2024-03-18');
    expect(result.milestones.map((s) => [s.key, s.projectedFinish, s.slackDays, s.light])).toEqual([
      ['ten', '2024-03-29', 0, 'yellow'],
      ['five', '2024-03-22', 5, 'yellow'],
      ['four', '2024-03-21', 6, 'green'],
    ]);
  });

  test('yellow from a latest finish within 7 calendar days, despite 6 days of slack', () => {
    // Mon 23 Sep 2024 to Mon 30 Sep: 24–27, Sunday 29 (make-up day), 30.
    const a = schedule([m('a', 1)], '2024-09-30', '2024-09-23').get('a');
    expect(a).toMatchObject({ latestFinish: '2024-09-30', slackDays: 6, light: 'yellow' });
  });

  test('the 7 calendar days include the 7th day', () => {
    const result = schedule([m('on', 1), m('after', 1, [])], '2024-03-08', '2024-03-01', everyDay);
    expect(result.get('on')).toMatchObject({ slackDays: 7, light: 'yellow' });
    const later = schedule([m('a', 1)], '2024-03-09', '2024-03-01', everyDay).get('a');
    expect(later).toMatchObject({ slackDays: 8, light: 'green' });
  });

  test('red when today is after the latest finish', () => {
    const a = schedule([m('a', 3)], '2024-03-08', '2024-03-11').get('a');
    expect(a).toMatchObject({ latestFinish: '2024-03-08', projectedFinish: '2024-03-13', slackDays: -3, light: 'red' });
  });

  test('red from negative slack before the deadline', () => {
    // Wed 20 Mar + 9 working days = Tue 2 Apr; the latest finish is Fri 29 Mar.
    const result = schedule([m('a', 10)], '2024-03-29', '2024-03-20');
    expect(result.get('a')).toMatchObject({ projectedFinish: '2024-04-02', slackDays: -2, light: 'red' });
    expect(result).toMatchObject({ projectedFinish: '2024-04-02', light: 'red' });
  });

  test('the project takes its worst milestone light', () => {
    const result = schedule(
      [m('late', 10), m('fine', 1), m('done', 1, [], { actualFinish: '2024-03-01' })],
      '2024-03-29',
      '2024-03-20',
    );
    expect(result.milestones.map((s) => s.light)).toEqual(['red', 'green', 'green']);
    expect(result.light).toBe('red');
  });
});

test('milestones come back in input order', () => {
  const result = schedule([m('z', 1, ['y']), m('x', 1), m('y', 1, ['x'])], '2024-03-29', '2024-03-01');
  expect(result.milestones.map((s) => s.key)).toEqual(['z', 'x', 'y']);
});

test('an empty milestone list finishes on the target’s last working day, green', () => {
  expect(reverseSchedule({ milestones: [], targetDate: '2024-03-10', today: '2024-03-01', calendar: china })).toEqual({
    milestones: [],
    projectedFinish: '2024-03-08',
    light: 'green',
  });
});

describe('errors name the culprit', () => {
  const at = (milestones: MilestoneInput[], targetDate = '2024-03-29', today = '2024-03-01', calendar = china) =>
    catchError(() => reverseSchedule({ milestones, targetDate, today, calendar }));

  test('a dependency cycle', () => {
    const error = at([
      m('start', 1),
      m('a', 1, ['start', 'c']),
      m('b', 1, ['a']),
      m('c', 1, ['b']),
      m('end', 1, ['c']),
    ]);
    expect(error.code).toBe('cycle');
    expect([...error.details.keys!].sort()).toEqual(['a', 'b', 'c']);
    expect(error.message).toMatch(/cycle/i);
    for (const key of ['a', 'b', 'c']) expect(error.message).toContain(key);
    expect(error.message).not.toContain('start');
  });

  test('a milestone depending on itself', () => {
    const error = at([m('self', 1, ['self'])]);
    expect(error).toMatchObject({ code: 'cycle', details: { keys: ['self'] } });
    expect(error.message).toContain('self');
  });

  test('an unknown dependency', () => {
    const error = at([m('a', 1, ['ghost'])]);
    expect(error).toMatchObject({ code: 'unknownDependency', details: { keys: ['a'], dependency: 'ghost' } });
    expect(error.message).toContain("'ghost'");
  });

  test('duplicate keys', () => {
    const error = at([m('a', 1), m('b', 1), m('a', 2)]);
    expect(error).toMatchObject({ code: 'duplicateKey', details: { keys: ['a'] } });
    expect(error.message).toContain("'a'");
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10_001])('duration %s', (duration) => {
    const error = at([m('dig', duration)]);
    expect(error).toMatchObject({ code: 'badDuration', details: { keys: ['dig'], field: 'durationDays' } });
    expect(error.message).toContain("'dig'");
    expect(error.message).toContain(String(duration));
  });

  test.each([
    ['targetDate', '2024-02-30'],
    ['targetDate', '2500-01-01'],
    ['today', '2024-1-5'],
    ['today', '2024-01-05T00:00:00Z'],
  ])('a malformed %s %s', (field, value) => {
    const error = field === 'today' ? at([], '2024-03-29', value) : at([], value);
    expect(error).toMatchObject({ code: 'badDate', details: { field, value } });
    expect(error.message).toContain(value);
  });

  test('a malformed actual date names the milestone', () => {
    const error = at([m('permit', 1, [], { actualStart: '2024-13-01' })]);
    expect(error).toMatchObject({ code: 'badDate', details: { field: 'actualStart', keys: ['permit'] } });
    expect(error.message).toContain('permit');
    expect(error.message).toContain('2024-13-01');
  });

  test('an actual finish before the actual start', () => {
    const error = at([m('permit', 1, [], { actualStart: '2024-03-05', actualFinish: '2024-03-04' })]);
    expect(error).toMatchObject({ code: 'badDate', details: { field: 'actualFinish', keys: ['permit'] } });
    expect(error.message).toContain('permit');
  });

  test('a calendar with no working day within ten years', () => {
    const error = at([m('a', 1)], '2024-03-29', '2024-03-01', { isWorkingDay: () => false });
    expect(error.code).toBe('noWorkingDay');
    expect(error.message).toContain('on or before 2024-03-29');
  });

  test('a schedule running past the supported years', () => {
    const error = at([m('a', 30)], '2399-12-20', '2399-12-01');
    expect(error).toMatchObject({ code: 'outOfRange', details: { year: 2400 } });
    expect(error.message).toContain('2400');
  });

  test('a calendar whose last working day is more than ten years back', () => {
    const until2010: WorkCalendar = { isWorkingDay: (date) => date < '2011-01-01' };
    expect(at([], '2024-03-29', '2024-03-01', until2010).code).toBe('noWorkingDay');
  });
});
