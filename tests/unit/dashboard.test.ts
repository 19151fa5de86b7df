import { expect, test } from 'vitest';
import {
  ageBandOf,
  blockersByCategory,
  investmentByMonth,
  lightsByStage,
  lightsByUnit,
  redByWeek,
  snapshotRows,
  type DashboardCard,
} from '../../server/domain/dashboard.js';
import { DEFAULT_INVESTMENT_THRESHOLDS } from '../../server/domain/investment.js';

const east = { id: 1, name: '东区街道' };
const west = { id: 2, name: '西区街道' };
const bureau = { id: 3, name: '发改局' };

const cards: DashboardCard[] = [
  { stage: 'maturity', ownerUnit: east, light: 'red' },
  { stage: 'maturity', ownerUnit: east, light: 'green' },
  { stage: 'acceleration', ownerUnit: west, light: 'red' },
  { stage: 'acceleration', ownerUnit: west, light: 'red' },
  { stage: 'acceleration', ownerUnit: bureau, light: 'yellow' },
  { stage: 'contribution', ownerUnit: bureau, light: null },
  { stage: 'contribution', ownerUnit: east, light: 'yellow' },
];

test('projects are counted by stage and light, every stage present, no light counted as none', () => {
  expect(lightsByStage(cards)).toEqual([
    { stage: 'maturity', lights: { red: 1, yellow: 0, green: 1, none: 0 } },
    { stage: 'acceleration', lights: { red: 2, yellow: 1, green: 0, none: 0 } },
    { stage: 'contribution', lights: { red: 0, yellow: 1, green: 0, none: 1 } },
  ]);
  expect(lightsByStage([]).map((row) => row.stage)).toEqual(['maturity', 'acceleration', 'contribution']);
});

test('units are ranked worst first: most red, then most yellow, then by name', () => {
  const ranked = lightsByUnit(cards);
  expect(ranked.map((row) => row.unit.name)).toEqual(['西区街道', '东区街道', '发改局']);
  expect(ranked[1]).toEqual({ unit: east, lights: { red: 1, yellow: 1, green: 1, none: 0 }, total: 3 });
  // Equal lights: by name in pinyin order (东 dōng before 西 xī).
  const tied = lightsByUnit([
    { stage: 'maturity', ownerUnit: west, light: 'green' },
    { stage: 'maturity', ownerUnit: east, light: 'green' },
  ]);
  expect(tied.map((row) => row.unit.id)).toEqual([east.id, west.id]);
});

test('a snapshot row per unit with projects, carrying its red, yellow and green counts', () => {
  expect(snapshotRows(cards)).toEqual([
    { ownerUnitId: west.id, red: 2, yellow: 0, green: 0 },
    { ownerUnitId: east.id, red: 1, yellow: 1, green: 1 },
    { ownerUnitId: bureau.id, red: 0, yellow: 1, green: 0 },
  ]);
});

test('investment by month: monthly sums, running totals and the 序时 line, district and per unit', () => {
  const projects = [
    { id: 10, ownerUnit: east, plan: 1200 },
    { id: 11, ownerUnit: east, plan: 0 },
    { id: 20, ownerUnit: west, plan: 600 },
  ];
  const reports = [
    { projectId: 10, month: 1, amount: 100 },
    { projectId: 10, month: 2, amount: 150.5 },
    { projectId: 11, month: 2, amount: 20 },
    { projectId: 20, month: 1, amount: 50 },
    { projectId: 99, month: 1, amount: 1000 }, // an archived project's report: not counted
  ];
  const result = investmentByMonth(projects, reports, '2026-04-10', DEFAULT_INVESTMENT_THRESHOLDS);
  expect(result).toMatchObject({ year: 2026, monthsEnded: 3, elapsedPercent: 25 });
  expect(result.district.plan).toBe(1800);
  expect(result.district.completed).toBe(320.5);
  expect(result.district.months.slice(0, 3)).toEqual([
    { month: 1, completed: 150, cumulative: 150, planToDate: 150 },
    { month: 2, completed: 170.5, cumulative: 320.5, planToDate: 300 },
    { month: 3, completed: 0, cumulative: 320.5, planToDate: 450 },
  ]);
  expect(result.district.months).toHaveLength(12);
  // East: 270.5 of 1200 = 22.54 % against 25 % elapsed, 2.46 behind: green. West: 50 of 600 = 8.33 %, 16.67 behind: yellow.
  expect(result.units.map((row) => row.unit.id)).toEqual([west.id, east.id]);
  expect(result.units[0]!.progress).toMatchObject({ completed: 50, plan: 600, light: 'yellow' });
  expect(result.units[0]!.progress.behindPoints).toBeCloseTo(16.67, 2);
  expect(result.units[1]!.progress.completedPercent).toBeCloseTo(22.54, 2);
  expect(result.units[1]!.progress.light).toBe('green');
});

test('in January no month has ended: nobody is behind and no unit has an investment light', () => {
  const result = investmentByMonth(
    [{ id: 1, ownerUnit: east, plan: 100 }],
    [],
    '2027-01-20',
    DEFAULT_INVESTMENT_THRESHOLDS,
  );
  expect(result).toMatchObject({ year: 2027, monthsEnded: 0, elapsedPercent: 0 });
  expect(result.units[0]!.progress.light).toBeNull();
});

test('blocker ages fall into bands: up to a week, a month, a quarter, older', () => {
  expect([0, 7, 8, 30, 31, 90, 91].map(ageBandOf)).toEqual([
    'upTo7',
    'upTo7',
    'upTo30',
    'upTo30',
    'upTo90',
    'upTo90',
    'over90',
  ]);
});

test('only blockers still holding a project up are counted, by category and age', () => {
  const today = '2026-06-30';
  const result = blockersByCategory(
    [
      { category: 'land', status: 'open', raisedOn: '2026-06-29' },
      { category: 'land', status: 'escalated', raisedOn: '2026-01-02' },
      { category: 'funding', status: 'open', raisedOn: '2026-06-10' },
      { category: 'funding', status: 'cleared', raisedOn: '2026-06-10' },
      { category: 'other', status: 'withdrawn', raisedOn: '2026-06-10' },
    ],
    today,
  );
  expect(result.total).toBe(3);
  expect(result.categories).toHaveLength(7);
  expect(result.categories[0]).toEqual({
    category: 'land',
    total: 2,
    ages: { upTo7: 1, upTo30: 0, upTo90: 0, over90: 1 },
  });
  expect(result.categories.find((row) => row.category === 'funding')!.ages.upTo30).toBe(1);
  expect(result.categories.find((row) => row.category === 'other')!.total).toBe(0);
  expect(result.ages).toEqual({ upTo7: 1, upTo30: 1, upTo90: 0, over90: 1 });
});

test('red by week: twelve Monday-to-Sunday weeks ending with this one, each its latest snapshot, gaps as null', () => {
  const today = '2026-12-03'; // a Thursday
  const weeks = redByWeek(
    [
      { day: '2026-12-01', red: 4 }, // this week (Mon 11-30): Tuesday's …
      { day: '2026-12-01', red: 1 }, // … summed over units
      { day: '2026-12-03', red: 7 }, // … and today's, the latest
      { day: '2026-12-04', red: 99 }, // after today: ignored
      { day: '2026-11-29', red: 3 }, // Sunday: the week before
      { day: '2026-11-23', red: 2 }, // Monday of that same week: not the latest
      { day: '2026-09-14', red: 9 }, // Monday of the first week shown
      { day: '2026-09-13', red: 8 }, // the Sunday before it: not shown
    ],
    today,
  );
  expect(weeks).toHaveLength(12);
  expect(weeks[11]).toEqual({ weekStart: '2026-11-30', day: '2026-12-03', red: 7 });
  expect(weeks[10]).toEqual({ weekStart: '2026-11-23', day: '2026-11-29', red: 3 });
  expect(weeks[0]).toEqual({ weekStart: '2026-09-14', day: '2026-09-14', red: 9 });
  expect(weeks[5]).toEqual({ weekStart: '2026-10-19', day: null, red: null });
});
