// The dashboard (总览): the portfolio's figures at a glance, from what the board, the investment reports,
// the blockers and the daily light snapshots already hold. Pure aggregation; the service reads.
import { BLOCKER_CATEGORIES, blockerAgeDays, isActiveBlocker, type BlockerCategory } from './blockers.js';
import type { BlockerStatus } from './blockers.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from './dates.js';
import {
  elapsedPercent,
  investmentProgress,
  monthsEnded,
  reportingYear,
  type InvestmentProgress,
  type InvestmentThresholds,
} from './investment.js';
import type { Light } from './schedule.js';
import { STAGES, type Stage } from './stages.js';

/** A card's light as the board filters it: `none` when the project has nothing scheduled yet. */
export const DASHBOARD_LIGHTS = ['red', 'yellow', 'green', 'none'] as const;
export type DashboardLight = (typeof DASHBOARD_LIGHTS)[number];
export type LightCounts = Record<DashboardLight, number>;

export interface DashboardUnit {
  id: number;
  name: string;
}

export interface DashboardCard {
  stage: Stage;
  ownerUnit: DashboardUnit;
  light: Light | null;
}

const noLights = (): LightCounts => ({ red: 0, yellow: 0, green: 0, none: 0 });
const round2 = (value: number) => Math.round(value * 100) / 100;
const unitCollator = new Intl.Collator('zh-CN');
const byName = (a: DashboardUnit, b: DashboardUnit) => unitCollator.compare(a.name, b.name) || a.id - b.id;

/** Projects by stage and light, every stage present, in board order. */
export function lightsByStage(cards: readonly DashboardCard[]): { stage: Stage; lights: LightCounts }[] {
  const rows = new Map(STAGES.map((stage) => [stage, noLights()]));
  for (const card of cards) rows.get(card.stage)![card.light ?? 'none']++;
  return STAGES.map((stage) => ({ stage, lights: rows.get(stage)! }));
}

/** Lights by owner unit, worst first: most red, then most yellow, then by name. Units without projects are left out. */
export function lightsByUnit(
  cards: readonly DashboardCard[],
): { unit: DashboardUnit; lights: LightCounts; total: number }[] {
  const rows = new Map<number, { unit: DashboardUnit; lights: LightCounts; total: number }>();
  for (const card of cards) {
    let row = rows.get(card.ownerUnit.id);
    if (!row) {
      row = { unit: card.ownerUnit, lights: noLights(), total: 0 };
      rows.set(card.ownerUnit.id, row);
    }
    row.lights[card.light ?? 'none']++;
    row.total++;
  }
  return [...rows.values()].sort(
    (a, b) => b.lights.red - a.lights.red || b.lights.yellow - a.lights.yellow || byName(a.unit, b.unit),
  );
}

export interface InvestmentProject {
  id: number;
  ownerUnit: DashboardUnit;
  /** The year's plan, 万元. */
  plan: number;
}

export interface InvestmentReportRow {
  projectId: number;
  /** 1–12, of the reporting year. */
  month: number;
  amount: number;
}

export interface InvestmentMonth {
  month: number;
  /** Reported for this month, 万元. */
  completed: number;
  /** Reported from January to this month, 万元. */
  cumulative: number;
  /** The plan's share by the end of this month (plan × month ÷ 12): the 序时 line. */
  planToDate: number;
}

export interface InvestmentSeries {
  plan: number;
  completed: number;
  progress: InvestmentProgress;
  months: InvestmentMonth[];
}

function seriesOf(plan: number, monthly: number[], today: string, thresholds: InvestmentThresholds): InvestmentSeries {
  let cumulative = 0;
  const months = monthly.map((amount, index) => {
    cumulative += amount;
    return {
      month: index + 1,
      completed: round2(amount),
      cumulative: round2(cumulative),
      planToDate: round2((plan * (index + 1)) / 12),
    };
  });
  const completed = round2(cumulative);
  return {
    plan: round2(plan),
    completed,
    progress: investmentProgress({ plan: round2(plan), completed }, today, thresholds),
    months,
  };
}

/**
 * Investment completed against the year's plan, month by month, for the district and per owner unit,
 * with each one's 序时进度. `reports` are the reporting year's; a report of a project not listed (archived)
 * is not counted. Units are ranked furthest behind first; units without a plan come last.
 */
export function investmentByMonth(
  projects: readonly InvestmentProject[],
  reports: readonly InvestmentReportRow[],
  today: string,
  thresholds: InvestmentThresholds,
) {
  const unitOf = new Map(projects.map((project) => [project.id, project.ownerUnit]));
  const district = { plan: 0, monthly: Array<number>(12).fill(0) };
  const units = new Map<number, { unit: DashboardUnit; plan: number; monthly: number[] }>();
  const unitRow = (unit: DashboardUnit) => {
    let row = units.get(unit.id);
    if (!row) {
      row = { unit, plan: 0, monthly: Array<number>(12).fill(0) };
      units.set(unit.id, row);
    }
    return row;
  };
  for (const project of projects) {
    district.plan += project.plan;
    unitRow(project.ownerUnit).plan += project.plan;
  }
  for (const report of reports) {
    const unit = unitOf.get(report.projectId);
    if (!unit || report.month < 1 || report.month > 12) continue;
    district.monthly[report.month - 1]! += report.amount;
    unitRow(unit).monthly[report.month - 1]! += report.amount;
  }
  const behind = (series: InvestmentSeries) => series.progress.behindPoints ?? Number.NEGATIVE_INFINITY;
  return {
    year: reportingYear(today),
    monthsEnded: monthsEnded(today),
    elapsedPercent: elapsedPercent(today),
    district: seriesOf(district.plan, district.monthly, today, thresholds),
    units: [...units.values()]
      .map((row) => ({ unit: row.unit, ...seriesOf(row.plan, row.monthly, today, thresholds) }))
      .sort((a, b) => behind(b) - behind(a) || byName(a.unit, b.unit)),
  };
}

/** Age bands of an active blocker, in days since it was raised. */
export const BLOCKER_AGE_BANDS = ['upTo7', 'upTo30', 'upTo90', 'over90'] as const;
export type BlockerAgeBand = (typeof BLOCKER_AGE_BANDS)[number];

export function ageBandOf(ageDays: number): BlockerAgeBand {
  if (ageDays <= 7) return 'upTo7';
  if (ageDays <= 30) return 'upTo30';
  if (ageDays <= 90) return 'upTo90';
  return 'over90';
}

export interface DashboardBlocker {
  category: BlockerCategory;
  status: BlockerStatus;
  raisedOn: string;
}

/** The blockers still holding projects up, by category (every category, in the usual order) and age band. */
export function blockersByCategory(blockers: readonly DashboardBlocker[], today: string) {
  const rows = new Map(
    BLOCKER_CATEGORIES.map((category) => [
      category,
      { category, total: 0, ages: Object.fromEntries(BLOCKER_AGE_BANDS.map((band) => [band, 0])) },
    ]),
  );
  for (const blocker of blockers) {
    if (!isActiveBlocker(blocker.status)) continue;
    const row = rows.get(blocker.category)!;
    row.ages[ageBandOf(blockerAgeDays(blocker.raisedOn, today))]!++;
    row.total++;
  }
  const categories = [...rows.values()].map((row) => ({ ...row, ages: row.ages as Record<BlockerAgeBand, number> }));
  const ages = Object.fromEntries(
    BLOCKER_AGE_BANDS.map((band) => [band, categories.reduce((sum, row) => sum + row.ages[band], 0)]),
  ) as Record<BlockerAgeBand, number>;
  return { total: categories.reduce((sum, row) => sum + row.total, 0), categories, ages };
}

export interface SnapshotRow {
  day: string;
  red: number;
}

export const TREND_WEEKS = 12;

/**
 * Red projects week by week, from the daily snapshots: the last `weeks` weeks (Monday to Sunday) up to
 * and including today's. Each week shows its latest snapshot (the district's red total that day), or
 * null when no snapshot was taken that week.
 */
export function redByWeek(snapshots: readonly SnapshotRow[], today: string, weeks = TREND_WEEKS) {
  const todayNumber = parseIsoDate(today)!;
  const thisMonday = todayNumber - ((weekdayOf(todayNumber) + 6) % 7);
  const redByDay = new Map<number, number>();
  for (const row of snapshots) {
    const day = parseIsoDate(row.day);
    if (day === undefined || day > todayNumber) continue;
    redByDay.set(day, (redByDay.get(day) ?? 0) + row.red);
  }
  return Array.from({ length: weeks }, (_, index) => {
    const monday = thisMonday - (weeks - 1 - index) * 7;
    for (let day = Math.min(monday + 6, todayNumber); day >= monday; day--) {
      const red = redByDay.get(day);
      if (red !== undefined) return { weekStart: formatIsoDate(monday), day: formatIsoDate(day), red };
    }
    return { weekStart: formatIsoDate(monday), day: null, red: null };
  });
}

/** Today's snapshot rows: each owner unit's projects by light (a project without a light counts in none). */
export function snapshotRows(cards: readonly DashboardCard[]) {
  return lightsByUnit(cards).map((row) => ({
    ownerUnitId: row.unit.id,
    red: row.lights.red,
    yellow: row.lights.yellow,
    green: row.lights.green,
  }));
}
