/**
 * A deterministic demo ledger: the same options always give the same projects.
 *
 * How the dates come out consistent:
 * - Each project's history is simulated first in working-day ranks relative to its first milestone
 *   (start after all predecessors finish, plus a short gap; actual durations near the planned ones).
 * - Then "today" is placed inside the window where the project is in its stage: for acceleration,
 *   after the last maturity milestone finished and before the last acceleration one does. Milestones
 *   finished by then get both actual dates, those running get a start, the rest none.
 * - The target date is the projected finish of the whole network (the way the reverse scheduler
 *   projects it from today) plus a drawn slack, so the board shows a mix of lights: about 15% red,
 *   15% yellow, the rest green. Every milestone without successors hangs off the target date, so the
 *   target is the project's last key event (达产达效, 交付使用, 投入使用 …).
 * - About one project in 25 sits in acceleration although one maturity milestone is still open and
 *   overrun (moved early, e.g. funding not in place): the late, blocked-looking cases a demo needs.
 */
import { chinaCalendar, workingDays } from '../domain/china-calendar.js';
import { formatIsoDate, parseIsoDate, yearOf } from '../domain/dates.js';
import type { Stage } from '../domain/stages.js';
import {
  CATALOG_PROJECTS,
  DEMO_UNITS,
  MILESTONE_TEMPLATES,
  type CatalogProject,
  type MilestoneOwner,
  type MilestoneTemplate,
  type ProjectType,
} from './demo-catalog.js';
import { mulberry32 } from './random.js';

export { DEMO_UNITS, type DemoUnit } from './demo-catalog.js';

export interface DemoMilestone {
  name: string;
  stage: Stage;
  durationDays: number;
  /** Indices into the project's milestone list, finish-to-start; always smaller than the own index. */
  dependsOn: number[];
  actualStart: string | null;
  actualFinish: string | null;
  ownerUnitCode: string;
}

export interface DemoProject {
  code: string;
  name: string;
  ownerUnitCode: string;
  projectType: ProjectType;
  stage: Stage;
  /** 万元, decimal string with two decimals. */
  totalInvestment: string;
  plannedInvestment: string;
  targetDate: string;
  description: string;
  milestones: DemoMilestone[];
}

export interface GenerateOptions {
  count?: number;
  /** 'YYYY-MM-DD' */
  today: string;
  seed?: number;
  /** Exactly this many milestones per project (the bench's "ten each"); otherwise 6–12 as in life. */
  milestonesPerProject?: number;
}

const DEFAULT_COUNT = 40;
const DEFAULT_SEED = 20240601;
const MAX_MILESTONES = 12;
const SMALL_PROJECT = 20000; // 万元: smaller projects skip more optional milestones
const TOWNS = DEMO_UNITS.filter((unit) => unit.kind === 'town').map((unit) => unit.code);

export function generateDemoProjects(options: GenerateOptions): DemoProject[] {
  const count = options.count ?? DEFAULT_COUNT;
  const today = parseIsoDate(options.today);
  if (today === undefined)
    throw new Error(`today must be a date in the form YYYY-MM-DD, got ${JSON.stringify(options.today)}`);
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  const perProject = options.milestonesPerProject;
  if (perProject !== undefined && !(Number.isInteger(perProject) && perProject >= 2 && perProject <= 13))
    throw new Error(`milestonesPerProject must be a whole number from 2 to 13, got ${perProject}`);

  const rng = mulberry32(options.seed ?? DEFAULT_SEED);
  const clock = new Clock(today);
  const stages = shuffle(rng, stageQuota(count));
  const catalogOrder = shuffle(
    rng,
    CATALOG_PROJECTS.map((_, i) => i),
  );
  let lateLeft = Math.round(count / 25);

  const drafts = stages.map((stage, i) => {
    const entry = CATALOG_PROJECTS[catalogOrder[i % catalogOrder.length]!]!;
    const isLate = stage === 'acceleration' && lateLeft-- > 0;
    return draftProject(rng, clock, entry, Math.floor(i / catalogOrder.length), stage, isLate, perProject);
  });
  return withCodes(drafts);
}

/** Working-day ranks around today; dates are memoised since thousands of projects share them. */
class Clock {
  readonly cal = workingDays(chinaCalendar());
  readonly lastWorkingDay: number;
  readonly firstOpenDay: number;
  private readonly dates = new Map<number, string>();

  constructor(readonly today: number) {
    this.lastWorkingDay = this.cal.rank(today + 1) - 1;
    this.firstOpenDay = this.cal.rank(today);
  }

  dateAt(rank: number): string {
    let date = this.dates.get(rank);
    if (date === undefined) this.dates.set(rank, (date = formatIsoDate(this.cal.nth(rank, this.today))));
    return date;
  }
}

type Draft = Omit<DemoProject, 'code'> & { year: number };

function stageQuota(count: number): Stage[] {
  const maturity = Math.round(count * 0.4);
  const acceleration = Math.round(count * 0.35);
  return [
    ...Array<Stage>(maturity).fill('maturity'),
    ...Array<Stage>(acceleration).fill('acceleration'),
    ...Array<Stage>(count - maturity - acceleration).fill('contribution'),
  ];
}

function draftProject(
  rng: Rng,
  clock: Clock,
  entry: CatalogProject,
  cycle: number,
  stage: Stage,
  isLate: boolean,
  milestoneCount: number | undefined,
): Draft {
  const totalCents =
    cycle === 0
      ? Math.round(entry.totalInvestment * 100)
      : Math.round((entry.totalInvestment * between(rng, 0.8, 1.2)) / 10) * 1000;
  const plan = planMilestones(rng, entry.type, totalCents < SMALL_PROJECT * 100, entry.unit, milestoneCount);
  const gaps = plan.map(() => int(rng, 0, 3));
  const actualDays = plan.map((m) => Math.max(1, Math.round(m.durationDays * between(rng, 0.85, 1.3))));
  let sim = simulate(plan, gaps, actualDays);

  // Where "today" falls in the simulated history, in working days since the first milestone started.
  let now: number;
  if (isLate) {
    const stuck = argMax(plan.map((m, i) => (m.stage === 'maturity' ? sim.finish[i]! : -Infinity)));
    actualDays[stuck] = Math.round(plan[stuck]!.durationDays * between(rng, 2, 2.5));
    sim = simulate(plan, gaps, actualDays);
    now = int(rng, sim.start[stuck]! + plan[stuck]!.durationDays, sim.finish[stuck]! - 1);
  } else {
    const end: Record<Stage, number> = { maturity: -Infinity, acceleration: -Infinity, contribution: -Infinity };
    plan.forEach((m, i) => (end[m.stage] = Math.max(end[m.stage], sim.finish[i]!)));
    const window: Record<Stage, [number, number]> = {
      maturity: [-15, end.maturity - 1],
      acceleration: [end.maturity, end.acceleration - 1],
      contribution: [end.acceleration, end.contribution + 30],
    };
    now = int(rng, ...window[stage]);
  }

  const base = clock.lastWorkingDay - now;
  const isStarted = sim.start.map((start) => start <= now);
  const isDone = sim.finish.map((finish) => finish <= now);
  const milestones = plan.map((m, i): DemoMilestone => ({
    name: m.name,
    stage: m.stage,
    durationDays: m.durationDays,
    dependsOn: m.dependsOn,
    ownerUnitCode: m.ownerUnitCode,
    actualStart: isStarted[i] ? clock.dateAt(base + sim.start[i]!) : null,
    actualFinish: isDone[i] ? clock.dateAt(base + sim.finish[i]!) : null,
  }));

  // The reverse scheduler's forward projection, in ranks: whatever is open runs from today on.
  const projected: number[] = [];
  plan.forEach((m, i) => {
    const span = m.durationDays - 1;
    if (isDone[i]) projected.push(base + sim.finish[i]!);
    else if (isStarted[i]) projected.push(Math.max(base + sim.start[i]! + span, clock.firstOpenDay));
    else projected.push(Math.max(clock.firstOpenDay, ...m.dependsOn.map((p) => projected[p]! + 1)) + span);
  });
  const slack = isLate ? -int(rng, 10, 40) : drawSlack(rng);
  const firstStart = milestones[0]?.actualStart;

  return {
    name: cycle === 0 ? entry.name : `${entry.name}（${cycle + 1}）`,
    ownerUnitCode: entry.unit,
    projectType: entry.type,
    stage,
    totalInvestment: formatCents(totalCents),
    plannedInvestment: formatCents(plannedCents(rng, totalCents, stage)),
    targetDate: clock.dateAt(Math.max(...projected) + slack),
    description: `${entry.summary}。`,
    milestones,
    year: firstStart ? Number(firstStart.slice(0, 4)) : yearOf(clock.today),
  };
}

type PlannedMilestone = Omit<DemoMilestone, 'actualStart' | 'actualFinish'>;

function planMilestones(
  rng: Rng,
  type: ProjectType,
  isSmall: boolean,
  projectUnit: string,
  count: number | undefined,
): PlannedMilestone[] {
  const template = MILESTONE_TEMPLATES[type];
  const drawn = template.map((t) => !t.isOptional || rng() < (isSmall ? 0.3 : 0.6));
  const isKept = count === undefined ? atMost(template, drawn, MAX_MILESTONES) : exactly(template, drawn, count);
  const ownerOf = (owner: MilestoneOwner) =>
    owner === 'project'
      ? projectUnit
      : owner === 'town'
        ? TOWNS.includes(projectUnit)
          ? projectUnit
          : pick(rng, TOWNS)
        : owner;
  return shapeOf(type, isKept).map(({ template: t, dependsOn }) => ({
    name: t.name,
    stage: t.stage,
    durationDays: Math.round(int(rng, t.days[0], t.days[1]) / 5) * 5, // plans come in round numbers
    dependsOn: dependsOn.slice(),
    ownerUnitCode: ownerOf(t.owner),
  }));
}

/** Drops optional milestones from the end until at most `max` are kept. */
function atMost(template: readonly MilestoneTemplate[], isKept: boolean[], max: number): boolean[] {
  const kept = isKept.slice();
  let count = kept.filter(Boolean).length;
  for (let i = template.length - 1; i >= 0 && count > max; i--) {
    if (!template[i]!.isOptional || !kept[i]) continue;
    kept[i] = false;
    count--;
  }
  return kept;
}

/**
 * Keeps exactly `count`: drops optional ones from the end, then required ones before the last one kept
 * (the project's key event), or takes optional ones back from the start when the draw kept too few.
 */
function exactly(template: readonly MilestoneTemplate[], drawn: boolean[], count: number): boolean[] {
  const kept = atMost(template, drawn, count);
  let left = kept.filter(Boolean).length;
  for (let i = kept.lastIndexOf(true) - 1; i >= 0 && left > count; i--) {
    if (kept[i]) [kept[i], left] = [false, left - 1];
  }
  for (let i = 0; i < template.length && left < count; i++) {
    if (!kept[i]) [kept[i], left] = [true, left + 1];
  }
  return kept;
}

type Shape = { template: MilestoneTemplate; dependsOn: number[] }[];

// Only a few dozen combinations of optional milestones exist; 10,000 projects share them.
const shapes = new Map<string, Shape>();

function shapeOf(type: ProjectType, isKept: boolean[]): Shape {
  const cacheKey = `${type}:${isKept.map(Number).join('')}`;
  const cached = shapes.get(cacheKey);
  if (cached) return cached;
  const template = MILESTONE_TEMPLATES[type];
  const kept = template.filter((_, i) => isKept[i]);
  const indexOf = new Map(kept.map((t, i) => [t.key, i]));
  const byKey = new Map(template.map((t) => [t.key, t]));
  // A dropped milestone passes its own predecessors on to its successors.
  const resolve = (key: string): number[] => {
    const index = indexOf.get(key);
    return index !== undefined ? [index] : byKey.get(key)!.after.flatMap(resolve);
  };
  const shape = kept.map((t) => ({
    template: t,
    dependsOn: [...new Set(t.after.flatMap(resolve))].sort((a, b) => a - b),
  }));
  shapes.set(cacheKey, shape);
  return shape;
}

/** Start and finish ranks (inclusive), relative to the first milestone's start. */
function simulate(
  plan: PlannedMilestone[],
  gaps: number[],
  actualDays: number[],
): { start: number[]; finish: number[] } {
  const start: number[] = [];
  const finish: number[] = [];
  plan.forEach((m, i) => {
    const ready = m.dependsOn.length === 0 ? 0 : Math.max(...m.dependsOn.map((p) => finish[p]! + 1 + gaps[i]!));
    start.push(ready);
    finish.push(ready + actualDays[i]! - 1);
  });
  return { start, finish };
}

/** Working days between the projected finish and the target: red below 0, yellow up to 5. */
function drawSlack(rng: Rng): number {
  const roll = rng();
  if (roll < 0.15) return -int(rng, 5, 40);
  if (roll < 0.3) return int(rng, 1, 5);
  return int(rng, 15, 80);
}

/** This year's planned investment: most of it while building, little before and after. */
function plannedCents(rng: Rng, totalCents: number, stage: Stage): number {
  const share: Record<Stage, [number, number]> = {
    maturity: [0.05, 0.2],
    acceleration: [0.3, 0.6],
    contribution: [0.05, 0.15],
  };
  const cents = Math.round((totalCents * between(rng, ...share[stage])) / 100) * 100;
  return Math.min(totalCents, Math.max(cents, 100));
}

function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** ZQ-<year>-<seq>, numbered per year in ledger order; four digits in big ledgers, more if a year needs them. */
function withCodes(drafts: Draft[]): DemoProject[] {
  const seqByYear = new Map<number, number>();
  const seqs = drafts.map((d) => {
    const seq = (seqByYear.get(d.year) ?? 0) + 1;
    seqByYear.set(d.year, seq);
    return seq;
  });
  const width = Math.max(drafts.length > 999 ? 4 : 3, String(Math.max(0, ...seqByYear.values())).length);
  return drafts.map(({ year, ...project }, i) => ({
    code: `ZQ-${year}-${String(seqs[i]).padStart(width, '0')}`,
    ...project,
  }));
}

type Rng = () => number;

function between(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function argMax(values: number[]): number {
  return values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);
}
