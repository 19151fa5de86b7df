import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../server/domain/permissions.js';
import { bulletinXlsx } from '../../server/services/bulletins/bulletin-xlsx.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

// A small data set, and the bulletin for the week of Monday 2026-03-09 to Sunday 03-15, as of Friday 03-13,
// worked out by hand:
//
// Milestones (no dependencies, no target milestone: each one's latest finish is its project's target date)
//   P1 (target Wed 03-11): Ma U1 done 03-10 (on time) · Mb U1 done 03-12 (late) · Mc U1 not done (late: 03-11 < today)
//                          Md U2 done 03-11 (on time)
//   P2 (target 03-13):     Mf U2 not done (due today: pending, neither on time nor late)
//   P3 (target 03-20):     Me U2 not done (not due this week)
// Blockers, by the unit that must clear them (all raised 03-02)
//   B1 U1 open → open · B2 U1 cleared 03-10 → cleared · B3 U2 cleared 03-05 (before the week) → neither
//   B4 U2 withdrawn 03-11 → neither (not open at the end, and withdrawn is not cleared)
// Action items (decided 03-02)
//   A1 U1 due 03-10 closed 03-09 → on time · A2 U1 due 03-11 closed 03-12 → overdue
//   A3 U2 due 03-12 open → overdue · A4 U2 due 03-13 open → pending · A5 U2 due 03-20 → not due this week
//
//   U1: milestones due 3, on time 1, late 2; blockers open 1, cleared 1; items due 2, on time 1, overdue 1
//       rate (1 + 1) / (1 + 2 + 1 + 1) = 0.4
//   U2: milestones due 2, on time 1, late 0; blockers 0, 0; items due 2, on time 0, overdue 1
//       rate (1 + 0) / (1 + 0 + 0 + 1) = 0.5
//   U3: nothing: no rate, no rank.   Ranking: U2 1st, U1 2nd, U3 unranked.
const TODAY = '2026-03-13';
const WEEK = { period: 'week' as const, from: '2026-03-11' };

describe.each(testDatabaseKinds)('the bulletin on %s', (kind) => {
  const suite = useTestDatabase(kind, { withTemplates: false });
  let admin: Actor;
  let viewer: Actor;
  let u1: { id: number; name: string };
  let u2: { id: number; name: string };
  let u3: { id: number; name: string };
  const m: Record<string, number> = {};
  const b: Record<string, number> = {};
  const a: Record<string, number> = {};

  const as = (actor: Actor, today = TODAY) => suite.as(actor, { today });

  beforeAll(async () => {
    u1 = await makeUnit(suite.db.prisma, '甲单位（通报测试）');
    u2 = await makeUnit(suite.db.prisma, '乙单位（通报测试）');
    u3 = await makeUnit(suite.db.prisma, '丙单位（通报测试）');
    admin = await suite.user('admin');
    viewer = await suite.user('viewer');
    const early = as(admin, '2026-03-02');
    const project = async (targetDate: string) => (await early.project.create(projectInput(u1.id, { targetDate }))).id;
    const p1 = await project('2026-03-11');
    const p2 = await project('2026-03-13');
    const p3 = await project('2026-03-20');
    let seq = 0;
    const milestone = async (projectId: number, unitId: number, actualFinish: string | null) =>
      (
        await suite.db.prisma.milestone.create({
          data: {
            projectId,
            seq: ++seq,
            name: `节点${seq}`,
            stage: 'maturity',
            durationDays: 3,
            ownerUnitId: unitId,
            actualStart: actualFinish ? new Date('2026-03-02T00:00:00Z') : null,
            actualFinish: actualFinish ? new Date(`${actualFinish}T00:00:00Z`) : null,
          },
          select: { id: true },
        })
      ).id;
    m.a = await milestone(p1, u1.id, '2026-03-10');
    m.b = await milestone(p1, u1.id, '2026-03-12');
    m.c = await milestone(p1, u1.id, null);
    m.d = await milestone(p1, u2.id, '2026-03-11');
    m.f = await milestone(p2, u2.id, null);
    m.e = await milestone(p3, u2.id, null);

    const raise = async (unitId: number) =>
      (
        await early.blocker.raise({
          projectId: p1,
          category: 'funding',
          description: '资金',
          responsibleUnitId: unitId,
          targetDate: '2026-03-31',
        })
      ).id;
    b.b1 = await raise(u1.id);
    b.b2 = await raise(u1.id);
    b.b3 = await raise(u2.id);
    b.b4 = await raise(u2.id);
    await as(admin, '2026-03-10').blocker.clear({ id: b.b2, expectedVersion: 1, resolution: '已拨付' });
    await as(admin, '2026-03-05').blocker.clear({ id: b.b3, expectedVersion: 1, resolution: '已拨付' });
    await as(admin, '2026-03-11').blocker.withdraw({ id: b.b4, expectedVersion: 1, reason: '重复' });

    const { id: meetingId } = await early.meeting.create({ heldOn: '2026-03-02', title: '第10周调度会' });
    await early.meeting.start({ id: meetingId });
    const decide = async (ownerUnitId: number, dueDate: string) =>
      (await early.meeting.decide({ meetingId, projectId: p1, text: `${dueDate} 前办结`, ownerUnitId, dueDate })).id;
    a.a1 = await decide(u1.id, '2026-03-10');
    a.a2 = await decide(u1.id, '2026-03-11');
    a.a3 = await decide(u2.id, '2026-03-12');
    a.a4 = await decide(u2.id, '2026-03-13');
    a.a5 = await decide(u2.id, '2026-03-20');
    await as(admin, '2026-03-09').actionItem.close({ id: a.a1, note: '完成' });
    await as(admin, '2026-03-12').actionItem.close({ id: a.a2, note: '完成' });
  });

  test('the week’s figures per unit, ranked by on-time rate, match the hand count', async () => {
    const bulletin = await as(viewer).bulletin.get(WEEK);
    expect(bulletin).toMatchObject({ from: '2026-03-09', to: '2026-03-15', today: TODAY });
    expect(bulletin.units).toEqual([
      {
        unit: u2,
        rank: 1,
        onTimeRate: 0.5,
        milestonesDue: 2,
        milestonesOnTime: 1,
        milestonesLate: 0,
        blockersOpen: 0,
        blockersCleared: 0,
        actionItemsDue: 2,
        actionItemsOnTime: 0,
        actionItemsOverdue: 1,
      },
      {
        unit: u1,
        rank: 2,
        onTimeRate: 0.4,
        milestonesDue: 3,
        milestonesOnTime: 1,
        milestonesLate: 2,
        blockersOpen: 1,
        blockersCleared: 1,
        actionItemsDue: 2,
        actionItemsOnTime: 1,
        actionItemsOverdue: 1,
      },
      {
        unit: u3,
        rank: null,
        onTimeRate: null,
        milestonesDue: 0,
        milestonesOnTime: 0,
        milestonesLate: 0,
        blockersOpen: 0,
        blockersCleared: 0,
        actionItemsDue: 0,
        actionItemsOnTime: 0,
        actionItemsOverdue: 0,
      },
    ]);
  });

  test('each figure lists the items it counts', async () => {
    const items = async (unitId: number, figure: Parameters<ReturnType<typeof as>['bulletin']['items']>[0]['figure']) =>
      (await as(viewer).bulletin.items({ query: WEEK, unitId, figure })).map((i) => i.id);
    expect(await items(u1.id, 'milestonesDue')).toEqual([m.a, m.b, m.c]);
    expect(await items(u1.id, 'milestonesLate')).toEqual([m.b, m.c]);
    expect(await items(u2.id, 'milestonesDue')).toEqual([m.d, m.f]);
    expect(await items(u1.id, 'blockersOpen')).toEqual([b.b1]);
    expect(await items(u1.id, 'blockersCleared')).toEqual([b.b2]);
    expect(await items(u2.id, 'blockersCleared')).toEqual([]);
    expect(await items(u1.id, 'actionItemsOnTime')).toEqual([a.a1]);
    expect(await items(u2.id, 'actionItemsOverdue')).toEqual([a.a3]);
    const late = await as(viewer).bulletin.items({ query: WEEK, unitId: u1.id, figure: 'milestonesLate' });
    expect(late.map((i) => [i.type, i.date, i.doneOn])).toEqual([
      ['milestone', '2026-03-11', '2026-03-12'],
      ['milestone', '2026-03-11', null],
    ]);
  });

  test('a month and a custom period count what falls in them', async () => {
    const month = await as(viewer).bulletin.get({ period: 'month', from: '2026-03-01' });
    expect(month).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    const u2Month = month.units.find((u) => u.unit.id === u2.id)!;
    expect([u2Month.milestonesDue, u2Month.actionItemsDue, u2Month.blockersCleared]).toEqual([3, 3, 1]);
    const custom = await as(viewer).bulletin.get({ period: 'custom', from: '2026-03-12', to: '2026-03-12' });
    const u1Custom = custom.units.find((u) => u.unit.id === u1.id)!;
    expect([u1Custom.milestonesDue, u1Custom.actionItemsDue]).toEqual([0, 0]);
  });

  test('the .xlsx holds the ranked rows', async () => {
    const { buffer } = await bulletinXlsx({ prisma: suite.db.prisma, today: TODAY, query: WEEK, lang: 'zh' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('责任单位');
    expect(
      [2, 3, 4].map((r) => [
        sheet.getRow(r).getCell(1).value,
        sheet.getRow(r).getCell(2).value,
        sheet.getRow(r).getCell(3).value,
      ]),
    ).toEqual([
      [1, u2.name, 0.5],
      [2, u1.name, 0.4],
      ['—', u3.name, '—'],
    ]);
  });
});
