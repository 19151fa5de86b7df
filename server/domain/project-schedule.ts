// A project's plan as the product shows it: reverse scheduling of the target milestone and
// everything it waits on, plus what a card needs (light, next milestone, working days left).
import type { CardBlockers } from './blockers.js';
import { parseIsoDate } from './dates.js';
import { explainLight, reasonWithBlockers, type LightReason } from './light-reason.js';
import {
  officialYearsOf,
  reverseSchedule,
  ScheduleError,
  workingDays,
  type Light,
  type ScheduledMilestone,
  type WorkCalendar,
} from './schedule.js';

export interface PlanMilestone {
  id: number;
  name: string;
  durationDays: number;
  dependsOn: number[];
  actualStart: string | null;
  actualFinish: string | null;
}

export interface ProjectPlan {
  targetDate: string;
  /** null: the target date is for the milestones nothing else waits on. */
  targetMilestoneId: number | null;
  milestones: PlanMilestone[];
}

export interface MilestoneSchedule extends Omit<ScheduledMilestone, 'key'> {
  id: number;
}

export interface NextMilestone {
  id: number;
  name: string;
  latestFinish: string;
  /** Working days from today to its latest finish; negative: how many working days late. */
  workingDaysLeft: number;
}

export interface ProjectSchedule {
  light: Light | null;
  /** Why the light is what it is; null with the light. */
  reason: LightReason | null;
  projectedFinish: string | null;
  /** Work still to do will finish after the target date (a finished project is not "missing" anything). */
  isTargetMissed: boolean;
  /** Every milestone leading to the target is done: projectedFinish is when it actually finished. */
  isFinished: boolean;
  next: NextMilestone | null;
  done: number;
  total: number;
  /** Milestones that lead to the target; the rest (after it) have no deadline yet. */
  milestones: MilestoneSchedule[];
  /** Years the schedule touches that the official calendar has no data for. */
  yearsWithoutCalendar: number[];
  problem: { code: ScheduleError['code']; message: string; details: ScheduleError['details'] } | null;
}

/** The target milestone and every milestone it waits on, directly or not. */
export function milestonesLeadingTo(plan: ProjectPlan): PlanMilestone[] {
  const target = plan.milestones.find((m) => m.id === plan.targetMilestoneId);
  if (!target) return plan.milestones;
  const byId = new Map(plan.milestones.map((m) => [m.id, m]));
  const included = new Set<number>();
  const stack = [target.id];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (included.has(id)) continue;
    included.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) stack.push(dep);
  }
  return plan.milestones.filter((m) => included.has(m.id));
}

/** Working days w with today < w ≤ date, or minus those with date < w ≤ today. */
export function workingDaysBetween(today: string, date: string, calendar: WorkCalendar): number {
  const days = workingDays(calendar);
  const from = parseIsoDate(today)!;
  const to = parseIsoDate(date)!;
  return days.rank(to + 1) - days.rank(from + 1);
}

export function scheduleProject(plan: ProjectPlan, today: string, calendar: WorkCalendar): ProjectSchedule {
  const done = plan.milestones.filter((m) => m.actualFinish !== null).length;
  const base = { done, total: plan.milestones.length };
  const scoped = milestonesLeadingTo(plan);
  const scopedIds = new Set(scoped.map((m) => m.id));
  try {
    const result = reverseSchedule({
      milestones: scoped.map((m) => ({
        key: String(m.id),
        durationDays: m.durationDays,
        dependsOn: m.dependsOn.filter((dep) => scopedIds.has(dep)).map(String),
        actualStart: m.actualStart,
        actualFinish: m.actualFinish,
      })),
      targetDate: plan.targetDate,
      today,
      calendar,
    });
    // Written out field by field rather than spread: this runs for every card when a day or the calendar
    // changes, and copying objects by spreading them was a fifth of that time.
    const milestones = result.milestones.map((m, i): MilestoneSchedule => ({
      id: scoped[i]!.id,
      latestStart: m.latestStart,
      latestFinish: m.latestFinish,
      projectedStart: m.projectedStart,
      projectedFinish: m.projectedFinish,
      slackDays: m.slackDays,
      light: m.light,
      done: m.done,
    }));
    const hasPlan = scoped.length > 0;
    const isFinished = hasPlan && milestones.every((m) => m.done);
    return {
      done: base.done,
      total: base.total,
      light: hasPlan ? result.light : null,
      reason: hasPlan
        ? explainLight(
            milestones.map((m, i) => ({
              name: scoped[i]!.name,
              latestFinish: m.latestFinish,
              slackDays: m.slackDays,
              light: m.light,
              done: m.done,
            })),
            today,
            calendar,
          )
        : null,
      projectedFinish: hasPlan ? result.projectedFinish : null,
      isTargetMissed: hasPlan && !isFinished && result.projectedFinish > plan.targetDate,
      isFinished,
      next: nextMilestone(milestones, plan, today, calendar),
      milestones,
      yearsWithoutCalendar: uncoveredYears(today, plan.targetDate, milestones, calendar),
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    return {
      ...base,
      light: null,
      reason: null,
      projectedFinish: null,
      isTargetMissed: false,
      isFinished: false,
      next: null,
      milestones: [],
      yearsWithoutCalendar: [],
      problem: { code: error.code, message: error.message, details: error.details },
    };
  }
}

/** A blocker past its target date turns its project red, whatever the milestones say. */
export function lightWithBlockers(light: Light | null, blockers: Pick<CardBlockers, 'overdue'>): Light | null {
  return blockers.overdue ? 'red' : light;
}

/** What a card shows of the schedule: its light, blockers counted, and what is due next, not every milestone. */
export function cardSchedule(schedule: ProjectSchedule, blockers: Pick<CardBlockers, 'overdue'>) {
  return {
    light: lightWithBlockers(schedule.light, blockers),
    reason: reasonWithBlockers(schedule.reason, blockers),
    projectedFinish: schedule.projectedFinish,
    isTargetMissed: schedule.isTargetMissed,
    isFinished: schedule.isFinished,
    next: schedule.next,
    done: schedule.done,
    total: schedule.total,
    yearsWithoutCalendar: schedule.yearsWithoutCalendar,
    problem: schedule.problem,
  };
}
export type CardSchedule = ReturnType<typeof cardSchedule>;

/**
 * The earliest target date the plan can meet if work starts today: the forward projection (today,
 * the durations, the dependencies, the working-day calendar) of the milestones leading to the target.
 * A target on or after it does not start red; null when the plan cannot be scheduled or is empty.
 */
export function earliestFeasibleTarget(
  plan: Omit<ProjectPlan, 'targetDate'>,
  today: string,
  calendar: WorkCalendar,
): string | null {
  // The projection does not depend on the target; any valid date will do, and today is one.
  const schedule = scheduleProject({ ...plan, targetDate: today }, today, calendar);
  return schedule.problem ? null : schedule.projectedFinish;
}

/** Years from the earliest to the latest of today, the target and the milestones' dates, lacking official data. */
function uncoveredYears(
  today: string,
  target: string,
  milestones: MilestoneSchedule[],
  calendar: WorkCalendar,
): number[] {
  let first = Math.min(yearOfIso(today), yearOfIso(target));
  let last = Math.max(yearOfIso(today), yearOfIso(target));
  // A done milestone's projected finish is when it finished, which may be years before any latest start.
  for (const m of milestones) {
    const [start, finish] = [yearOfIso(m.latestStart), yearOfIso(m.projectedFinish)];
    first = Math.min(first, start, finish);
    last = Math.max(last, start, finish);
  }
  const official = officialYearsOf(calendar);
  const missing: number[] = [];
  for (let year = first; year <= last; year++) {
    if (!official.includes(year)) missing.push(year);
  }
  return missing;
}

function yearOfIso(iso: string): number {
  return Number(iso.slice(0, 4));
}

function nextMilestone(
  milestones: MilestoneSchedule[],
  plan: ProjectPlan,
  today: string,
  calendar: WorkCalendar,
): NextMilestone | null {
  let next: MilestoneSchedule | undefined;
  for (const m of milestones) {
    if (!m.done && (!next || m.latestFinish < next.latestFinish)) next = m;
  }
  if (!next) return null;
  const name = plan.milestones.find((m) => m.id === next.id)?.name ?? '';
  return {
    id: next.id,
    name,
    latestFinish: next.latestFinish,
    workingDaysLeft: workingDaysBetween(today, next.latestFinish, calendar),
  };
}
