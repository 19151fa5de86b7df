/**
 * Reverse scheduling (倒排工期): from a target date, every milestone's latest finish and latest start;
 * from actual dates and today, a forward projection; from both, slack and a light (亮灯).
 *
 * Why it works the way it does:
 * - Dates become working-day ranks (see WorkingDays): "move back d − 1 working days" is rank − (d − 1)
 *   and slack is a difference of ranks, so nothing loops day by day: 10,000 milestones take about
 *   10 ms.
 * - The backward pass visits milestones in reverse topological order. A milestone's latest finish is
 *   bounded by the latest starts of all its successors, so every successor must be final before the
 *   milestone is looked at; in that order each milestone is computed once, in O(milestones + links),
 *   and a diamond needs no second visit. Milestones without successors hang off the target date.
 * - The backward pass ignores actual dates on purpose: latest dates say what the target requires,
 *   the projection says what reality delivers, and slack compares the two.
 * - The forward projection is the mirror image, in topological order from today and actual dates.
 * - Kahn's algorithm finds the order. Every milestone it cannot place waits on another unplaced one,
 *   so following unplaced predecessors must revisit a milestone: that loop is the cycle we name.
 */
import { type WorkCalendar, workingDays } from './china-calendar.js';
import { MAX_YEAR, MIN_YEAR, parseIsoDate, yearOf } from './dates.js';

export {
  type WorkCalendar,
  type EnteredNotices,
  chinaCalendar,
  OFFICIAL_CALENDAR_YEARS,
  hasOfficialCalendar,
  officialYearsOf,
  workingDays,
  WorkingDays,
} from './china-calendar.js';

// The scheduler's error; the calendar (china-calendar.ts) throws it too, for dates it cannot place.
export type ScheduleErrorCode =
  | 'cycle'
  | 'unknownDependency'
  | 'duplicateKey'
  | 'badDuration'
  | 'badDate'
  | 'calendarConflict'
  | 'noWorkingDay'
  | 'outOfRange';

/** What the UI needs to translate the message; which fields are set depends on the code. */
export interface ScheduleErrorDetails {
  /** The milestone concerned, or for 'cycle' the keys in the cycle, in dependency order. */
  keys?: string[];
  /** 'unknownDependency': the key that matches no milestone. */
  dependency?: string;
  /** 'badDate' | 'badDuration': which input field, e.g. 'targetDate', 'actualStart'. */
  field?: string;
  value?: unknown;
  /** 'calendarConflict' | 'noWorkingDay': the date concerned. */
  date?: string;
  /** 'noWorkingDay': whether the search looked on or after `date`, or on or before it. */
  direction?: 'after' | 'before';
  /** 'outOfRange': the year the computation reached. */
  year?: number;
}

export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  readonly code: ScheduleErrorCode;
  readonly details: ScheduleErrorDetails;

  constructor(code: ScheduleErrorCode, message: string, details: ScheduleErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Like parseIsoDate, but throws a 'badDate' ScheduleError naming the field and the culprit. */
export function toDay(iso: unknown, field: string, keys?: string[]): number {
  const day = typeof iso === 'string' ? parseIsoDate(iso) : undefined;
  const owner = keys ? ` of milestone '${keys.join("', '")}'` : '';
  if (day === undefined) {
    throw new ScheduleError(
      'badDate',
      `Invalid ${field}${owner}: ${JSON.stringify(iso)} is not a date in the form YYYY-MM-DD`,
      {
        field,
        value: iso,
        ...(keys && { keys }),
      },
    );
  }
  const year = yearOf(day);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new ScheduleError(
      'badDate',
      `Invalid ${field}${owner}: ${iso} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`,
      {
        field,
        value: iso,
        ...(keys && { keys }),
      },
    );
  }
  return day;
}

export interface MilestoneInput {
  key: string;
  durationDays: number;
  dependsOn: string[];
  actualStart?: string | null;
  actualFinish?: string | null;
}

export type Light = 'red' | 'yellow' | 'green';

export interface ScheduledMilestone {
  key: string;
  latestStart: string;
  latestFinish: string;
  projectedStart: string;
  projectedFinish: string;
  slackDays: number;
  light: Light;
  done: boolean;
}

export interface ScheduleResult {
  milestones: ScheduledMilestone[];
  projectedFinish: string;
  light: Light;
}

/** Yellow when a not-done milestone has at most this many working days of slack… */
export const YELLOW_SLACK_DAYS = 5;
/** …or its latest finish is at most this many calendar days away. */
export const YELLOW_WITHIN_DAYS = 7;
/** Longer durations are surely typos, and would walk the calendar for centuries. */
export const MAX_DURATION_DAYS = 10_000;

const SEVERITY: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

export function worstLight(lights: Iterable<Light>): Light {
  let worst: Light = 'green';
  for (const light of lights) if (SEVERITY[light] > SEVERITY[worst]) worst = light;
  return worst;
}

interface Node {
  key: string;
  span: number; // working days from start to finish: max(d − 1, 0)
  preds: number[];
  succs: number[];
  actualStart: number | undefined;
  actualFinish: number | undefined;
}

/**
 * Where the rules leave room, this decides:
 * - no milestones: projectedFinish is the target's last working day and the light green (nothing
 *   left to do, so nothing can be late);
 * - work started on a rest day counts that day as its first (finish = start + d − 1 working days);
 * - an actual finish before the actual start is a 'badDate' error;
 * - a done milestone is green but keeps its real slack, so a late finish still shows.
 */
export function reverseSchedule(input: {
  milestones: MilestoneInput[];
  targetDate: string;
  today: string;
  calendar: WorkCalendar;
}): ScheduleResult {
  const target = toDay(input.targetDate, 'targetDate');
  const today = toDay(input.today, 'today');
  const nodes = buildNodes(input.milestones);
  const order = topologicalOrder(nodes);
  const cal = workingDays(input.calendar);

  // Backward pass, in ranks.
  const latestFinishRank = new Array<number>(nodes.length);
  const latestStartRank = new Array<number>(nodes.length);
  const targetFinish = cal.onOrBefore(target);
  const targetRank = cal.rank(targetFinish);
  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o]!;
    const node = nodes[i]!;
    let finish = targetRank;
    if (node.succs.length > 0) {
      finish = Infinity;
      for (const s of node.succs) finish = Math.min(finish, latestStartRank[s]! - 1);
    }
    latestFinishRank[i] = finish;
    latestStartRank[i] = finish - node.span;
  }

  // Forward projection, in days (actual dates may be rest days, which have no rank of their own).
  const projectedStart = new Array<number>(nodes.length);
  const projectedFinish = new Array<number>(nodes.length);
  const todayRank = cal.rank(today);
  for (const i of order) {
    const node = nodes[i]!;
    if (node.actualFinish !== undefined) {
      projectedFinish[i] = node.actualFinish;
      projectedStart[i] = node.actualStart ?? cal.back(node.actualFinish, node.span);
    } else if (node.actualStart !== undefined) {
      projectedStart[i] = node.actualStart;
      projectedFinish[i] = Math.max(cal.forward(node.actualStart, node.span), cal.onOrAfter(today));
    } else {
      let startRank = todayRank;
      for (const p of node.preds) startRank = Math.max(startRank, cal.rank(projectedFinish[p]! + 1));
      projectedStart[i] = cal.nth(startRank, today);
      projectedFinish[i] = cal.nth(startRank + node.span, today);
    }
  }

  const milestones = nodes.map((node, i): ScheduledMilestone => {
    const latestFinish = cal.nth(latestFinishRank[i]!, target);
    const finish = projectedFinish[i]!;
    const slackDays = cal.rank(latestFinish + 1) - cal.rank(finish + 1);
    const done = node.actualFinish !== undefined;
    return {
      key: node.key,
      latestStart: cal.format(cal.nth(latestStartRank[i]!, target)),
      latestFinish: cal.format(latestFinish),
      projectedStart: cal.format(projectedStart[i]!),
      projectedFinish: cal.format(finish),
      slackDays,
      light: done ? 'green' : lightOf(slackDays, latestFinish, today),
      done,
    };
  });

  return {
    milestones,
    projectedFinish: cal.format(nodes.length === 0 ? targetFinish : projectedFinish.reduce((a, b) => Math.max(a, b))),
    light: worstLight(milestones.map((m) => m.light)),
  };
}

function lightOf(slackDays: number, latestFinish: number, today: number): Light {
  if (today > latestFinish || slackDays < 0) return 'red';
  if (slackDays <= YELLOW_SLACK_DAYS || latestFinish <= today + YELLOW_WITHIN_DAYS) return 'yellow';
  return 'green';
}

function buildNodes(milestones: MilestoneInput[]): Node[] {
  const index = new Map<string, number>();
  milestones.forEach((m, i) => {
    if (index.has(m.key)) {
      throw new ScheduleError('duplicateKey', `Duplicate milestone key '${m.key}'`, { keys: [m.key] });
    }
    index.set(m.key, i);
  });

  const nodes = milestones.map((m): Node => {
    const d = m.durationDays;
    if (!Number.isInteger(d) || d < 0 || d > MAX_DURATION_DAYS) {
      throw new ScheduleError(
        'badDuration',
        `Milestone '${m.key}' has duration ${String(d)}; it must be a whole number of working days from 0 to ${MAX_DURATION_DAYS}`,
        { keys: [m.key], field: 'durationDays', value: d },
      );
    }
    const actualStart = m.actualStart == null ? undefined : toDay(m.actualStart, 'actualStart', [m.key]);
    const actualFinish = m.actualFinish == null ? undefined : toDay(m.actualFinish, 'actualFinish', [m.key]);
    if (actualStart !== undefined && actualFinish !== undefined && actualFinish < actualStart) {
      throw new ScheduleError(
        'badDate',
        `Milestone '${m.key}' finishes (${m.actualFinish}) before it starts (${m.actualStart})`,
        {
          keys: [m.key],
          field: 'actualFinish',
          value: m.actualFinish,
        },
      );
    }
    const preds = new Set<number>();
    for (const dep of m.dependsOn) {
      const p = index.get(dep);
      if (p === undefined) {
        throw new ScheduleError('unknownDependency', `Milestone '${m.key}' depends on unknown milestone '${dep}'`, {
          keys: [m.key],
          dependency: dep,
        });
      }
      preds.add(p);
    }
    return { key: m.key, span: Math.max(d - 1, 0), preds: [...preds], succs: [], actualStart, actualFinish };
  });
  nodes.forEach((node, i) => node.preds.forEach((p) => nodes[p]!.succs.push(i)));
  return nodes;
}

/** Kahn's algorithm; throws a 'cycle' error naming one cycle when there is no order. */
function topologicalOrder(nodes: Node[]): number[] {
  const waiting = nodes.map((node) => node.preds.length);
  const order: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (waiting[i] === 0) order.push(i);
  for (let o = 0; o < order.length; o++) {
    for (const s of nodes[order[o]!]!.succs) if (--waiting[s]! === 0) order.push(s);
  }
  if (order.length === nodes.length) return order;

  // Every unplaced milestone has an unplaced predecessor, so walking back must loop.
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  let i = waiting.findIndex((w) => w > 0);
  while (!seenAt.has(i)) {
    seenAt.set(i, path.length);
    path.push(i);
    i = nodes[i]!.preds.find((p) => waiting[p]! > 0)!;
  }
  // The walk went from dependant to dependency; report it the way work flows.
  const keys = path
    .slice(seenAt.get(i))
    .reverse()
    .map((n) => nodes[n]!.key);
  throw new ScheduleError('cycle', `Dependency cycle: ${[...keys, keys[0]].join(' → ')}`, { keys });
}
