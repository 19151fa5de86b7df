// "Why this light?" in one line: which rule turned the card red or yellow, as a kind and its numbers,
// so the client words it in either language and the server never has to.
import { parseIsoDate } from './dates.js';
import { YELLOW_SLACK_DAYS, workingDays, type Light, type WorkCalendar } from './schedule.js';

export type LightReason =
  /** Red: an active blocker is past the date it was to be cleared by. */
  | { light: 'red'; kind: 'blockerOverdue' }
  /** Red: a milestone not done is past its latest finish by `days` working days. */
  | { light: 'red'; kind: 'milestoneLate'; milestone: string; days: number }
  /** Red: not late yet, but projected to finish `days` working days after its latest finish. */
  | { light: 'red'; kind: 'milestoneBehind'; milestone: string; days: number }
  /** Yellow: the tightest milestone has `days` working days of slack. */
  | { light: 'yellow'; kind: 'slackLow'; milestone: string; days: number }
  /** Yellow: slack is fine, but a milestone's latest finish is within a week (`days` working days). */
  | { light: 'yellow'; kind: 'dueSoon'; milestone: string; days: number }
  | { light: 'green'; kind: 'onTrack' }
  /** Green: every milestone leading to the target is done. */
  | { light: 'green'; kind: 'finished' };

export interface ExplainedMilestone {
  name: string;
  latestFinish: string;
  slackDays: number;
  light: Light;
  done: boolean;
}

/**
 * The reason for the schedule's light (the worst milestone's), computed from the same numbers the light
 * came from. Among several red milestones the one most late speaks; among yellow ones the tightest.
 */
export function explainLight(
  milestones: readonly ExplainedMilestone[],
  today: string,
  calendar: WorkCalendar,
): LightReason {
  const open = milestones.filter((m) => !m.done);
  if (open.length === 0) return { light: 'green', kind: milestones.length > 0 ? 'finished' : 'onTrack' };
  const days = workingDays(calendar);
  const todayDay = parseIsoDate(today)!;
  // Working days after its latest finish up to today (0 or less: not past it).
  const lateBy = (m: ExplainedMilestone) => days.rank(todayDay + 1) - days.rank(parseIsoDate(m.latestFinish)! + 1);
  const tightest = (list: ExplainedMilestone[]) =>
    list.reduce((a, b) =>
      b.slackDays < a.slackDays || (b.slackDays === a.slackDays && b.latestFinish < a.latestFinish) ? b : a,
    );

  const red = open.filter((m) => m.light === 'red');
  if (red.length > 0) {
    const late = red.filter((m) => m.latestFinish < today);
    if (late.length > 0) {
      const worst = late.reduce((a, b) => (lateBy(b) > lateBy(a) ? b : a));
      return { light: 'red', kind: 'milestoneLate', milestone: worst.name, days: Math.max(1, lateBy(worst)) };
    }
    const worst = tightest(red);
    return { light: 'red', kind: 'milestoneBehind', milestone: worst.name, days: -worst.slackDays };
  }
  const yellow = open.filter((m) => m.light === 'yellow');
  if (yellow.length > 0) {
    const worst = tightest(yellow);
    if (worst.slackDays <= YELLOW_SLACK_DAYS) {
      return { light: 'yellow', kind: 'slackLow', milestone: worst.name, days: worst.slackDays };
    }
    const soonest = yellow.reduce((a, b) => (b.latestFinish < a.latestFinish ? b : a));
    return { light: 'yellow', kind: 'dueSoon', milestone: soonest.name, days: Math.max(0, -lateBy(soonest)) };
  }
  return { light: 'green', kind: 'onTrack' };
}

/** An overdue blocker turns the project red whatever the milestones say, and so it is the reason given. */
export function reasonWithBlockers(reason: LightReason | null, blockers: { overdue: boolean }): LightReason | null {
  return blockers.overdue ? { light: 'red', kind: 'blockerOverdue' } : reason;
}
