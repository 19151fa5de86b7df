import { describe, expect, test } from 'vitest';
import { scheduleProject, type PlanMilestone, type ProjectPlan } from '../../server/domain/project-schedule.js';
import { chinaCalendar } from '../../server/domain/schedule.js';

const china = chinaCalendar();

function milestone(id: number, durationDays: number, dependsOn: number[] = []): PlanMilestone {
  return { id, name: `m${id}`, durationDays, dependsOn, actualStart: null, actualFinish: null };
}

function plan(targetDate: string, milestones: PlanMilestone[]): ProjectPlan {
  return { targetDate, targetMilestoneId: null, milestones };
}

// The built-in State Council notices cover 2024–2026.
describe('years the schedule reaches without official holiday data', () => {
  test('none while today, the target and every milestone stay within 2024–2026', () => {
    const schedule = scheduleProject(plan('2026-10-30', [milestone(1, 20)]), '2026-03-02', china);
    expect(schedule.yearsWithoutCalendar).toEqual([]);
  });

  test('a target in 2028 reaches 2027 and 2028', () => {
    const schedule = scheduleProject(plan('2028-06-30', [milestone(1, 20)]), '2026-11-25', china);
    expect(schedule.yearsWithoutCalendar).toEqual([2027, 2028]);
  });

  test('a projection running past a 2026 target into 2027 counts', () => {
    const schedule = scheduleProject(plan('2026-12-31', [milestone(1, 40)]), '2026-12-01', china);
    expect(schedule.projectedFinish! > '2027-01-01').toBe(true);
    expect(schedule.yearsWithoutCalendar).toEqual([2027]);
  });

  test('a latest start before 2024 counts', () => {
    const schedule = scheduleProject(plan('2024-01-31', [milestone(1, 60)]), '2024-01-02', china);
    expect(schedule.milestones[0]!.latestStart < '2024-01-01').toBe(true);
    expect(schedule.yearsWithoutCalendar).toEqual([2023]);
  });

  test('a milestone finished in 2023 counts, though every deadline is later', () => {
    const done = { ...milestone(1, 10), actualStart: '2023-03-01', actualFinish: '2023-03-14' };
    const schedule = scheduleProject(plan('2026-12-31', [done, milestone(2, 20, [1])]), '2026-03-02', china);
    expect(schedule.yearsWithoutCalendar).toEqual([2023]);
  });

  test('every uncovered year between the earliest and the latest date, and only those', () => {
    const schedule = scheduleProject(
      plan('2027-06-30', [milestone(1, 30), milestone(2, 200, [1])]),
      '2023-12-01',
      china,
    );
    expect(schedule.yearsWithoutCalendar).toEqual([2023, 2027]);
  });

  test('none when the plan cannot be scheduled, which is reported instead', () => {
    const schedule = scheduleProject(
      plan('2028-06-30', [milestone(1, 5, [2]), milestone(2, 5, [1])]),
      '2026-11-25',
      china,
    );
    expect(schedule.problem?.code).toBe('cycle');
    expect(schedule.yearsWithoutCalendar).toEqual([]);
  });
});
