import { describe, expect, test } from 'vitest';
import {
  cardSchedule,
  earliestFeasibleTarget,
  scheduleProject,
  type PlanMilestone,
  type ProjectPlan,
} from '../../server/domain/project-schedule.js';
import { chinaCalendar } from '../../server/domain/schedule.js';

const china = chinaCalendar();
// A plain September week in 2026: Monday the 7th; no holiday until the 25th.
const MONDAY = '2026-09-07';

function milestone(id: number, name: string, durationDays: number, dependsOn: number[] = []): PlanMilestone {
  return { id, name, durationDays, dependsOn, actualStart: null, actualFinish: null };
}
function plan(targetDate: string, milestones: PlanMilestone[], targetMilestoneId: number | null = null): ProjectPlan {
  return { targetDate, targetMilestoneId, milestones };
}
const noBlockers = { overdue: false };

describe('why this light', () => {
  test('red: a milestone past its latest finish says by how many working days', () => {
    // Latest finish Fri 28 Aug; 31 Aug–4 Sep and Mon 7 Sep are six working days after it.
    const schedule = scheduleProject(plan('2026-08-28', [milestone(1, '环评', 3)]), MONDAY, china);
    expect(schedule.light).toBe('red');
    expect(schedule.reason).toEqual({ light: 'red', kind: 'milestoneLate', milestone: '环评', days: 6 });
  });

  test('red: the most late milestone speaks when several are late', () => {
    const schedule = scheduleProject(
      plan('2026-09-04', [milestone(1, '立项', 2), milestone(2, '用地', 3, [1]), milestone(3, '开工', 1, [2])]),
      MONDAY,
      china,
    );
    expect(schedule.reason).toMatchObject({ kind: 'milestoneLate', milestone: '立项' });
  });

  test('red: not late yet but projected past its latest finish', () => {
    // Ten working days from Mon 7 Sep end Fri 18 Sep, five after the target of Fri 11 Sep.
    const schedule = scheduleProject(plan('2026-09-11', [milestone(1, '可研', 10)]), MONDAY, china);
    expect(schedule.reason).toEqual({ light: 'red', kind: 'milestoneBehind', milestone: '可研', days: 5 });
  });

  test('yellow: the working days of slack left on the tightest milestone', () => {
    // Five days end Fri 11 Sep; Mon 14 to Wed 16 Sep are three days to spare.
    const schedule = scheduleProject(plan('2026-09-16', [milestone(1, '初设', 5)]), MONDAY, china);
    expect(schedule.light).toBe('yellow');
    expect(schedule.reason).toEqual({ light: 'yellow', kind: 'slackLow', milestone: '初设', days: 3 });
  });

  test('green: on schedule', () => {
    const schedule = scheduleProject(plan('2026-12-31', [milestone(1, '初设', 5)]), MONDAY, china);
    expect(schedule.reason).toEqual({ light: 'green', kind: 'onTrack' });
  });

  test('a project finished after its target is green and finished, not "missing" its target', () => {
    const late = { ...milestone(1, '竣工', 5), actualStart: '2026-08-31', actualFinish: '2026-09-04' };
    const schedule = scheduleProject(plan('2026-08-28', [late]), MONDAY, china);
    expect(schedule.light).toBe('green');
    expect(schedule.reason).toEqual({ light: 'green', kind: 'finished' });
    expect(schedule.isFinished).toBe(true);
    expect(schedule.isTargetMissed).toBe(false);
  });

  test('work left past the target is still a missed target', () => {
    const schedule = scheduleProject(plan('2026-09-11', [milestone(1, '可研', 10)]), MONDAY, china);
    expect(schedule.isFinished).toBe(false);
    expect(schedule.isTargetMissed).toBe(true);
  });

  test('an overdue blocker is the reason on a card whose milestones are on time', () => {
    const schedule = scheduleProject(plan('2026-12-31', [milestone(1, '初设', 5)]), MONDAY, china);
    expect(cardSchedule(schedule, noBlockers).reason).toEqual({ light: 'green', kind: 'onTrack' });
    const card = cardSchedule(schedule, { overdue: true });
    expect(card.light).toBe('red');
    expect(card.reason).toEqual({ light: 'red', kind: 'blockerOverdue' });
  });

  test('no plan, no light and no reason', () => {
    expect(scheduleProject(plan('2026-12-31', []), MONDAY, china).reason).toBeNull();
  });
});

describe('the earliest feasible target date', () => {
  const template = [milestone(1, '立项', 5), milestone(2, '可研', 5, [1]), milestone(3, '验收', 20, [2])];

  test('forward from today along the dependencies, on working days', () => {
    // 7–11 Sep, then 14–18 Sep.
    expect(earliestFeasibleTarget({ targetMilestoneId: 2, milestones: template }, MONDAY, china)).toBe('2026-09-18');
  });

  test('from a weekend, work starts on the next working day', () => {
    const one = [milestone(1, '立项', 1)];
    expect(earliestFeasibleTarget({ targetMilestoneId: null, milestones: one }, '2026-09-05', china)).toBe(MONDAY);
  });

  test('the National Day holiday is skipped', () => {
    const one = [milestone(1, '立项', 1)];
    // 国庆节 1–7 Oct 2026: the first working day after it is Thursday the 8th.
    expect(earliestFeasibleTarget({ targetMilestoneId: null, milestones: one }, '2026-10-02', china)).toBe(
      '2026-10-08',
    );
  });

  test('a target on that date is not red, a working day earlier is', () => {
    for (const targetMilestoneId of [1, 2, 3, null]) {
      const earliest = earliestFeasibleTarget({ targetMilestoneId, milestones: template }, MONDAY, china)!;
      const on = scheduleProject({ targetDate: earliest, targetMilestoneId, milestones: template }, MONDAY, china);
      expect(on.light).not.toBe('red');
      const before = new Date(`${earliest}T00:00:00Z`);
      do before.setUTCDate(before.getUTCDate() - 1);
      while ([0, 6].includes(before.getUTCDay()));
      const dayBefore = before.toISOString().slice(0, 10);
      const early = scheduleProject({ targetDate: dayBefore, targetMilestoneId, milestones: template }, MONDAY, china);
      expect(early.light).toBe('red');
    }
  });

  test('none when the plan cannot be scheduled', () => {
    const loop = [milestone(1, 'a', 5, [2]), milestone(2, 'b', 5, [1])];
    expect(earliestFeasibleTarget({ targetMilestoneId: null, milestones: loop }, MONDAY, china)).toBeNull();
  });
});
