import { beforeAll, describe, expect, test } from 'vitest';
import { fromIsoDate } from '../../server/domain/dates.js';
import type { Actor } from '../../server/domain/permissions.js';
import { createBoardReadModel } from '../../server/services/board/get-board.js';
import { takeLightSnapshot } from '../../server/services/dashboard/take-light-snapshot.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

// A small portfolio on Wednesday 2026-04-15 (three months ended: 序时进度 25 %), worked out by hand:
//
//   P1 U1 maturity      target 04-10, a milestone not done          → red      plan 1200
//   P2 U1 acceleration  target 2027-06-30                           → green    plan  600
//   P3 U2 acceleration  target 04-17, due within the week           → yellow   plan  300
//   P4 U2 contribution  target 2027-06-30, a blocker past its date  → red      plan    0
//   P5 U2 maturity      no milestones                               → no light plan  100
//   P6 U1 archived, with a report: counted nowhere
// Investment reports for 2026: P1 Jan 100, Mar 200 · P2 Feb 50 · P3 Jan 30 · P6 Jan 500; P1 Dec 2025 999 (last year)
//   district: plan 2200, Jan 130, Feb 50, Mar 200, completed 380
//   U1: 350 of 1800 = 19.44 %, 5.56 behind → green · U2: 30 of 400 = 7.5 %, 17.5 behind → yellow (ranked first)
// Blockers: B1 P4 land raised 01-05 (100 days, open) · B2 P1 funding raised 04-10 (5 days) · B3 P2 approvals cleared
const TODAY = '2026-04-15';

describe.each(testDatabaseKinds)('the dashboard on %s', (kind) => {
  const suite = useTestDatabase(kind, { withTemplates: false });
  let viewer: Actor;
  let u1: { id: number; name: string };
  let u2: { id: number; name: string };
  const p: Record<string, number> = {};
  let b1: number;

  beforeAll(async () => {
    const { prisma } = suite.db;
    u1 = await makeUnit(prisma, '甲单位（总览测试）');
    u2 = await makeUnit(prisma, '乙单位（总览测试）');
    viewer = await suite.user('viewer');
    const early = suite.as(undefined, { today: '2026-01-05' });
    const project = async (
      unitId: number,
      stage: 'maturity' | 'acceleration' | 'contribution',
      targetDate: string,
      plan: string,
    ) => (await early.project.create(projectInput(unitId, { stage, targetDate, plannedInvestment: plan }))).id;
    p.p1 = await project(u1.id, 'maturity', '2026-04-10', '1200.00');
    p.p2 = await project(u1.id, 'acceleration', '2027-06-30', '600.00');
    p.p3 = await project(u2.id, 'acceleration', '2026-04-17', '300.00');
    p.p4 = await project(u2.id, 'contribution', '2027-06-30', '0.00');
    p.p5 = await project(u2.id, 'maturity', '2027-06-30', '100.00');
    p.p6 = await project(u1.id, 'maturity', '2027-06-30', '800.00');
    for (const key of ['p1', 'p2', 'p3', 'p4', 'p6']) {
      await prisma.milestone.create({
        data: { projectId: p[key]!, seq: 1, name: '开工', stage: 'maturity', durationDays: 1, ownerUnitId: u1.id },
      });
    }
    await prisma.project.update({ where: { id: p.p6 }, data: { isArchived: true } });
    const report = (projectId: number, year: number, month: number, amount: string) =>
      prisma.investmentReport.create({ data: { projectId, year, month, amount, reportedByName: '测试' } });
    await report(p.p1!, 2026, 1, '100.00');
    await report(p.p1!, 2026, 3, '200.00');
    await report(p.p2!, 2026, 2, '50.00');
    await report(p.p3!, 2026, 1, '30.00');
    await report(p.p6!, 2026, 1, '500.00');
    await report(p.p1!, 2025, 12, '999.00');
    const raise = (today: string, projectId: number, category: 'land' | 'funding' | 'approvals', targetDate: string) =>
      suite
        .as(undefined, { today })
        .blocker.raise({ projectId, category, description: '测试难题', responsibleUnitId: u2.id, targetDate });
    b1 = (await raise('2026-01-05', p.p4!, 'land', '2026-04-01')).id;
    await raise('2026-04-10', p.p1!, 'funding', '2026-05-30');
    const b3 = await raise('2026-03-01', p.p2!, 'approvals', '2026-03-31');
    await suite
      .as(undefined, { today: '2026-03-20' })
      .blocker.clear({ id: b3.id, expectedVersion: 1, resolution: '已办结' });
    // A snapshot of an earlier week, as the server would have taken it then.
    await prisma.lightSnapshot.create({
      data: { day: fromIsoDate('2026-04-05'), ownerUnitId: u1.id, red: 5, yellow: 0, green: 0 },
    });
  });

  test('a viewer reads projects by stage and light, and the units ranked worst first', async () => {
    const dashboard = await suite.as(viewer, { today: TODAY }).dashboard.get();
    expect(dashboard.today).toBe(TODAY);
    expect(dashboard.projectCount).toBe(5);
    expect(dashboard.stages).toEqual([
      { stage: 'maturity', lights: { red: 1, yellow: 0, green: 0, none: 1 } },
      { stage: 'acceleration', lights: { red: 0, yellow: 1, green: 1, none: 0 } },
      { stage: 'contribution', lights: { red: 1, yellow: 0, green: 0, none: 0 } },
    ]);
    expect(dashboard.units).toEqual([
      { unit: u2, lights: { red: 1, yellow: 1, green: 0, none: 1 }, total: 3 },
      { unit: u1, lights: { red: 1, yellow: 0, green: 1, none: 0 }, total: 2 },
    ]);
  });

  test('investment this year against the plan, by month, district and per unit, with 序时进度', async () => {
    const { investment } = await suite.as(viewer, { today: TODAY }).dashboard.get();
    expect(investment).toMatchObject({ year: 2026, monthsEnded: 3, elapsedPercent: 25 });
    expect(investment.district).toMatchObject({ plan: 2200, completed: 380 });
    expect(investment.district.months.slice(0, 4)).toEqual([
      { month: 1, completed: 130, cumulative: 130, planToDate: 183.33 },
      { month: 2, completed: 50, cumulative: 180, planToDate: 366.67 },
      { month: 3, completed: 200, cumulative: 380, planToDate: 550 },
      { month: 4, completed: 0, cumulative: 380, planToDate: 733.33 },
    ]);
    expect(investment.units.map((row) => [row.unit.id, row.plan, row.completed, row.progress.light])).toEqual([
      [u2.id, 400, 30, 'yellow'],
      [u1.id, 1800, 350, 'green'],
    ]);
    expect(investment.units[0]!.progress.behindPoints).toBeCloseTo(17.5, 5);
    expect(investment.units[1]!.progress.completedPercent).toBeCloseTo(19.44, 2);
  });

  test('open blockers by category and age; a cleared one is not counted', async () => {
    const { blockers } = await suite.as(viewer, { today: TODAY }).dashboard.get();
    expect(blockers.total).toBe(2);
    expect(blockers.ages).toEqual({ upTo7: 1, upTo30: 0, upTo90: 0, over90: 1 });
    const byCategory = Object.fromEntries(blockers.categories.map((row) => [row.category, row.total]));
    expect(byCategory).toMatchObject({ land: 1, funding: 1, approvals: 0 });
  });

  test('nobody signed in gets no dashboard', async () => {
    await expect(suite.as(null, { today: TODAY }).dashboard.get()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  test('the daily snapshot is written once a day: later runs and later edits leave the day as it was', async () => {
    const { prisma } = suite.db;
    const board = createBoardReadModel({ prisma });
    const rowsOn = (day: string) =>
      prisma.lightSnapshot.findMany({
        where: { day: fromIsoDate(day) },
        orderBy: { ownerUnitId: 'asc' },
        select: { ownerUnitId: true, red: true, yellow: true, green: true },
      });
    expect(await takeLightSnapshot({ prisma, board, today: TODAY })).toBe(2);
    const taken = [
      { ownerUnitId: u1.id, red: 1, yellow: 0, green: 1 },
      { ownerUnitId: u2.id, red: 1, yellow: 1, green: 0 },
    ];
    expect(await rowsOn(TODAY)).toEqual(taken);
    // Clearing P4's blocker turns it green, but today's snapshot stands.
    await suite.as(undefined, { today: TODAY }).blocker.clear({ id: b1, expectedVersion: 1, resolution: '已供地' });
    expect(await takeLightSnapshot({ prisma, board, today: TODAY })).toBe(0);
    expect(await rowsOn(TODAY)).toEqual(taken);
    // The next bureau day gets its own rows, and the trend shows each week's latest.
    expect(await takeLightSnapshot({ prisma, board, today: '2026-04-16' })).toBe(2);
    expect(await rowsOn('2026-04-16')).toEqual([
      { ownerUnitId: u1.id, red: 1, yellow: 0, green: 1 },
      { ownerUnitId: u2.id, red: 0, yellow: 1, green: 1 },
    ]);
    const { redTrend } = await suite.as(viewer, { today: '2026-04-16' }).dashboard.get();
    expect(redTrend).toHaveLength(12);
    expect(redTrend.at(-1)).toEqual({ weekStart: '2026-04-13', day: '2026-04-16', red: 1 });
    expect(redTrend.at(-2)).toEqual({ weekStart: '2026-04-06', day: null, red: null });
    expect(redTrend.at(-3)).toEqual({ weekStart: '2026-03-30', day: '2026-04-05', red: 5 });
  });
});
