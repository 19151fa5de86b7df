import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  chinaCalendar,
  reverseSchedule,
  type MilestoneInput,
  type WorkCalendar,
} from '../../server/domain/schedule.js';

// Local-time date-fns arithmetic on calendar dates is time-zone safe, and independent of the code
// under test, which works on UTC day numbers.
const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

/** Working days w with from < w ≤ to, counted one day at a time. */
function countWorking(calendar: WorkCalendar, from: string, to: string): number {
  let count = 0;
  for (let i = 1; i <= differenceInCalendarDays(parseISO(to), parseISO(from)); i++)
    if (calendar.isWorkingDay(shift(from, i))) count++;
  return count;
}

interface Project {
  milestones: MilestoneInput[];
  targetDate: string;
  today: string;
  calendar: WorkCalendar;
}

const arbCalendar = fc.oneof(
  fc.constant(chinaCalendar()),
  fc
    .record({
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 1500 }), { maxLength: 40 }),
      workdays: fc.uniqueArray(fc.integer({ min: 0, max: 1500 }), { maxLength: 10 }),
    })
    .map(({ holidays, workdays }) =>
      chinaCalendar({
        holidays: holidays.map((d) => shift('2024-01-01', d)),
        workdays: workdays.filter((d) => !holidays.includes(d)).map((d) => shift('2024-01-01', d)),
      }),
    ),
);

const arbMilestone = fc.record({
  durationDays: fc.integer({ min: 0, max: 25 }),
  depMask: fc.nat(),
  status: fc.constantFrom('planned', 'planned', 'started', 'finished', 'finishedNoStart'),
  startOffset: fc.integer({ min: -60, max: 5 }),
  length: fc.integer({ min: 0, max: 20 }),
});

const arbProject: fc.Arbitrary<Project> = fc
  .record({
    todayOffset: fc.integer({ min: 0, max: 1100 }),
    targetOffset: fc.integer({ min: -40, max: 500 }),
    specs: fc.array(arbMilestone, { minLength: 1, maxLength: 12 }),
    reversed: fc.boolean(),
    calendar: arbCalendar,
  })
  .map(({ todayOffset, targetOffset, specs, reversed, calendar }) => {
    const today = shift('2024-01-01', todayOffset);
    const milestones = specs.map((spec, i): MilestoneInput => {
      const dependsOn = specs.slice(0, i).flatMap((_, j) => ((spec.depMask >> j) & 1 ? [`m${j}`] : []));
      const start = shift(today, spec.startOffset);
      const finish = shift(start, spec.length);
      const base = { key: `m${i}`, durationDays: spec.durationDays, dependsOn };
      if (spec.status === 'started') return { ...base, actualStart: start };
      if (spec.status === 'finished') return { ...base, actualStart: start, actualFinish: finish };
      if (spec.status === 'finishedNoStart') return { ...base, actualFinish: finish };
      return base;
    });
    return {
      milestones: reversed ? milestones.reverse() : milestones,
      targetDate: shift(today, targetOffset),
      today,
      calendar,
    };
  });

function scheduled(project: Project) {
  const result = reverseSchedule(project);
  const byKey = new Map(result.milestones.map((s) => [s.key, s]));
  return { result, get: (key: string) => byKey.get(key)! };
}

/**
 * Which dates may fall on a rest day, by the rules of reverseSchedule:
 * - latest start and latest finish are always moved onto working days;
 * - a recorded start or finish is copied as it is, so it may be a rest day;
 * - a finished milestone without a recorded start starts d − 1 working days before its finish; for
 *   d ≤ 1 that is the finish itself, which may be a rest day;
 * - a started milestone finishes d − 1 working days after its start, or on the first working day from
 *   today if that is later; for d ≤ 1 that is the start itself, when it is after that working day.
 * Every other date must be a working day.
 */
test('every date not copied from an actual date is a working day', () => {
  fc.assert(
    fc.property(arbProject, (project) => {
      const { get } = scheduled(project);
      for (const input of project.milestones) {
        const s = get(input.key);
        const isOneDay = input.durationDays <= 1;
        const computed = [s.latestStart, s.latestFinish];
        if (input.actualStart) expect(s.projectedStart, s.key).toBe(input.actualStart);
        else if (input.actualFinish && isOneDay) expect(s.projectedStart, s.key).toBe(input.actualFinish);
        else computed.push(s.projectedStart);
        if (input.actualFinish) expect(s.projectedFinish, s.key).toBe(input.actualFinish);
        else if (input.actualStart && isOneDay && s.projectedFinish === input.actualStart)
          expect(input.actualStart >= project.today, s.key).toBe(true);
        else computed.push(s.projectedFinish);
        for (const date of computed) expect(project.calendar.isWorkingDay(date), `${s.key} ${date}`).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test('nothing starts before its predecessors finish, in the latest or the projected plan', () => {
  fc.assert(
    fc.property(arbProject, (project) => {
      const { get } = scheduled(project);
      for (const input of project.milestones) {
        const s = get(input.key);
        for (const dep of input.dependsOn) {
          expect(s.latestStart > get(dep).latestFinish, `${s.key} after ${dep}`).toBe(true);
          if (input.actualStart == null && input.actualFinish == null) {
            expect(s.projectedStart > get(dep).projectedFinish, `${s.key} after ${dep}`).toBe(true);
          }
        }
        if (input.actualStart == null && input.actualFinish == null)
          expect(s.projectedStart >= project.today).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test('durations, links and slack agree with a day-by-day count', () => {
  fc.assert(
    fc.property(arbProject, (project) => {
      const { result, get } = scheduled(project);
      const { calendar, targetDate, milestones } = project;
      for (const input of milestones) {
        const s = get(input.key);
        const span = Math.max(input.durationDays, 1);
        expect(countWorking(calendar, shift(s.latestStart, -1), s.latestFinish)).toBe(span);
        if (input.actualStart == null && input.actualFinish == null) {
          expect(countWorking(calendar, shift(s.projectedStart, -1), s.projectedFinish)).toBe(span);
        }

        const successors = milestones.filter((m) => m.dependsOn.includes(input.key)).map((m) => get(m.key).latestStart);
        // No working day between the latest finish and the next constraint.
        const bound = successors.length === 0 ? shift(targetDate, 1) : successors.reduce((a, b) => (a < b ? a : b));
        expect(countWorking(calendar, s.latestFinish, shift(bound, -1))).toBe(0);

        const slack =
          s.projectedFinish <= s.latestFinish
            ? countWorking(calendar, s.projectedFinish, s.latestFinish)
            : 0 - countWorking(calendar, s.latestFinish, s.projectedFinish);
        expect(s.slackDays).toBe(slack);
      }
      const finishes = result.milestones.map((s) => s.projectedFinish).sort();
      expect(result.projectedFinish).toBe(finishes.at(-1));
    }),
    { numRuns: 200 },
  );
});

test('lights follow the rules', () => {
  fc.assert(
    fc.property(arbProject, (project) => {
      const { result } = scheduled(project);
      const inAWeek = shift(project.today, 7);
      for (const s of result.milestones) {
        const expected = s.done
          ? 'green'
          : project.today > s.latestFinish || s.slackDays < 0
            ? 'red'
            : s.slackDays <= 5 || s.latestFinish <= inAWeek
              ? 'yellow'
              : 'green';
        expect(s.light).toBe(expected);
      }
      const lights = result.milestones.map((s) => s.light);
      expect(result.light).toBe(lights.includes('red') ? 'red' : lights.includes('yellow') ? 'yellow' : 'green');
    }),
    { numRuns: 200 },
  );
});
