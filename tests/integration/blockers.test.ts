import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import { ZBlockerFilter, type TBlockerFilter } from '../../server/domain/blocker-input.js';
import { blockerLabels } from '../../server/domain/blockers.js';
import type { Actor } from '../../server/domain/permissions.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { seedDemoBlockers } from '../../server/seed/demo-blockers.js';
import type { BlockerView } from '../../server/services/blockers/blocker-view.js';
import { blockersXlsx } from '../../server/services/blockers/export-blockers.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

const TODAY = '2026-03-02';
/** 44 calendar days after TODAY. */
const LATER = '2026-04-15';

/** The field error keys of a refusal at the edge (zod), by path. */
function fieldKeys(error: { cause?: unknown }): Record<string, string> {
  expect(error.cause).toBeInstanceOf(ZodError);
  return Object.fromEntries((error.cause as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/** A workbook's rows as plain values: the header row first, dates as 'YYYY-MM-DD'. */
async function sheetRows(buffer: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values: unknown[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      values.push(
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : value !== null && typeof value === 'object' && 'text' in value
            ? value.text // a hyperlinked cell
            : value,
      );
    }
    rows.push(values);
  });
  return rows;
}

/** What the export should hold for a row of blocker.list. */
function expectedRow(b: BlockerView, lang: 'zh' | 'en' = 'zh'): unknown[] {
  const labels = blockerLabels[lang];
  return [
    b.project.code,
    b.project.name,
    labels.category[b.category],
    b.description,
    b.responsibleUnit.name,
    labels.level[b.level],
    labels.status[b.status],
    b.raisedOn,
    b.ageDays,
    b.targetDate,
    b.isOverdue ? labels.yes : labels.no,
    b.raisedBy.name,
  ];
}

describe.each(testDatabaseKinds)('blockers on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Actor;
  let editor: Actor; // liaison of the project's unit
  let liaison: Actor; // liaison of the unit responsible for clearing
  let outsider: Actor; // liaison of a third unit
  let viewer: Actor;
  let ownerUnit: { id: number; name: string };
  let responsibleUnit: { id: number; name: string };
  let projectId: number;

  const as = (actor: Actor, today = TODAY) => suite.as(actor, { today });
  const card = async (id: number, today = TODAY) =>
    (await as(viewer, today).board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === id)!;

  /** Runs a refused call and checks that it wrote nothing: no audit row, no board event, no blocker change. */
  async function refusedWithoutTrace(call: () => Promise<unknown>) {
    const counts = async () => ({
      audit: await suite.db.prisma.auditEntry.count(),
      events: await suite.db.prisma.boardEvent.count(),
      blockers: await suite.db.prisma.blocker.findMany({ orderBy: { id: 'asc' } }),
    });
    const before = await counts();
    const error = await rejection(call());
    expect(await counts()).toEqual(before);
    return error;
  }

  const raiseInput = (overrides: Record<string, unknown> = {}) => ({
    projectId,
    category: 'land' as const,
    description: '用地指标未下达',
    responsibleUnitId: responsibleUnit.id,
    targetDate: '2026-03-12',
    ...overrides,
  });

  beforeAll(async () => {
    ownerUnit = await makeUnit(suite.db.prisma, '明水街道（测试）');
    responsibleUnit = await makeUnit(suite.db.prisma, '区自然资源局（测试）');
    const thirdUnit = await makeUnit(suite.db.prisma);
    admin = await suite.user('admin');
    editor = await suite.user('editor', { unitIds: [ownerUnit.id] });
    liaison = await suite.user('editor', { unitIds: [responsibleUnit.id] });
    outsider = await suite.user('editor', { unitIds: [thirdUnit.id] });
    viewer = await suite.user('viewer');
    projectId = (await as(admin).project.create(projectInput(ownerUnit.id, { targetDate: '2031-12-29' }))).id;
  });

  test('an editor raises a blocker on their own unit’s project; other units and viewers may not', async () => {
    const raised = await as(editor).blocker.raise(raiseInput());
    expect(raised).toMatchObject({
      project: { id: projectId, ownerUnit: { id: ownerUnit.id } },
      category: 'land',
      responsibleUnit,
      level: 'department',
      status: 'open',
      targetDate: '2026-03-12',
      raisedOn: TODAY,
      raisedBy: { id: editor.id, name: editor.displayName },
      ageDays: 0,
      isOverdue: false,
      version: 1,
    });

    const outsiderRefused = await refusedWithoutTrace(() => as(outsider).blocker.raise(raiseInput()));
    expect(outsiderRefused).toMatchObject({ code: 'FORBIDDEN', key: 'auth.forbidden.unit' });
    expect(outsiderRefused.message).toContain(ownerUnit.name);
    // The unit that must clear a blocker does not raise blockers on another unit's project.
    const liaisonRefused = await refusedWithoutTrace(() => as(liaison).blocker.raise(raiseInput()));
    expect(liaisonRefused.key).toBe('auth.forbidden.unit');
    const viewerRefused = await refusedWithoutTrace(() => as(viewer).blocker.raise(raiseInput()));
    expect(viewerRefused).toMatchObject({ code: 'FORBIDDEN', key: 'auth.forbidden.viewer' });

    const past = await refusedWithoutTrace(() => as(editor).blocker.raise(raiseInput({ targetDate: '2026-03-01' })));
    expect(past).toMatchObject({ code: 'BAD_REQUEST', key: 'blocker.targetBeforeToday' });
    expect(past.message).toContain('2026-03-01');
    const noUnit = await refusedWithoutTrace(() => as(editor).blocker.raise(raiseInput({ responsibleUnitId: 99999 })));
    expect(noUnit.key).toBe('unit.notFound');
    const blank = await refusedWithoutTrace(() =>
      as(editor).blocker.raise(raiseInput({ description: '   ', category: 'weather' })),
    );
    expect(fieldKeys(blank)).toMatchObject({
      description: 'blocker.descriptionRequired',
      category: 'validation.invalid',
    });

    const byAdmin = await as(admin).blocker.raise(raiseInput({ category: 'funding', level: 'city' }));
    expect(byAdmin).toMatchObject({ level: 'city', status: 'open', raisedBy: { id: admin.id } });

    // The project's history shows the step, with the blocker's id.
    const history = await as(viewer).audit.forProject({ entityId: String(projectId) });
    expect(history.entries.filter((e) => e.action === 'blocker.raise').map((e) => e.after)).toEqual(
      expect.arrayContaining([expect.objectContaining({ blockerId: raised.id, category: 'land' })]),
    );
  });

  test('every later step needs its note: escalation note, resolution, withdrawal reason', async () => {
    const { id, version } = await as(editor).blocker.raise(raiseInput());
    const escalate = await refusedWithoutTrace(() =>
      as(editor).blocker.escalate({ id, expectedVersion: version, note: ' ' }),
    );
    expect(escalate.code).toBe('BAD_REQUEST');
    expect(fieldKeys(escalate)).toEqual({ note: 'blocker.escalationNoteRequired' });
    const clear = await refusedWithoutTrace(() =>
      as(liaison).blocker.clear({ id, expectedVersion: version, resolution: '' }),
    );
    expect(fieldKeys(clear)).toEqual({ resolution: 'blocker.resolutionRequired' });
    const withdraw = await refusedWithoutTrace(() =>
      as(editor).blocker.withdraw({ id, expectedVersion: version } as {
        id: number;
        expectedVersion: number;
        reason: string;
      }),
    );
    expect(fieldKeys(withdraw)).toEqual({ reason: 'blocker.withdrawalReasonRequired' });
  });

  test('escalation raises the level one step with its note in the history, and stops at the city', async () => {
    const raised = await as(editor).blocker.raise(raiseInput({ category: 'approvals' }));
    const viewerRefused = await refusedWithoutTrace(() =>
      as(viewer).blocker.escalate({ id: raised.id, expectedVersion: 1, note: '请区领导协调' }),
    );
    expect(viewerRefused.key).toBe('auth.forbidden.viewer');
    // Escalating is the project's unit's call (or an admin's), not the responsible unit's.
    const liaisonRefused = await refusedWithoutTrace(() =>
      as(liaison).blocker.escalate({ id: raised.id, expectedVersion: 1, note: '请区领导协调' }),
    );
    expect(liaisonRefused.key).toBe('auth.forbidden.unit');

    const first = await as(editor).blocker.escalate({ id: raised.id, expectedVersion: 1, note: '请区领导协调' });
    expect(first).toMatchObject({ status: 'escalated', level: 'districtLeader', version: 2 });
    const second = await as(admin).blocker.escalate({
      id: raised.id,
      expectedVersion: 2,
      note: '提请市级协调',
      targetDate: '2026-04-30',
    });
    expect(second).toMatchObject({ status: 'escalated', level: 'city', targetDate: '2026-04-30', version: 3 });
    const top = await refusedWithoutTrace(() =>
      as(admin).blocker.escalate({ id: raised.id, expectedVersion: 3, note: '再升级' }),
    );
    expect(top).toMatchObject({ code: 'CONFLICT', key: 'blocker.topLevel' });

    const shown = (await as(viewer).blocker.forProject({ projectId })).find((b) => b.id === raised.id)!;
    expect(shown.steps.map((s) => [s.step, s.actorName, s.fromLevel, s.toLevel, s.note])).toEqual([
      ['raise', editor.username, null, 'department', ''],
      ['escalate', editor.username, 'department', 'districtLeader', '请区领导协调'],
      ['escalate', admin.username, 'districtLeader', 'city', '提请市级协调'],
    ]);
    const history = await as(viewer).audit.forProject({ entityId: String(projectId) });
    expect(history.entries.filter((e) => e.action === 'blocker.escalate').map((e) => e.reason)).toEqual(
      expect.arrayContaining(['请区领导协调', '提请市级协调']),
    );
  });

  test('the responsible unit’s liaison clears; a third unit may not; clearing twice is a conflict that says who', async () => {
    const { id } = await as(editor).blocker.raise(raiseInput({ category: 'demolition' }));
    const outsiderRefused = await refusedWithoutTrace(() =>
      as(outsider).blocker.clear({ id, expectedVersion: 1, resolution: '已签约' }),
    );
    expect(outsiderRefused).toMatchObject({ code: 'FORBIDDEN', key: 'auth.forbidden.blockerUnit' });
    expect(outsiderRefused.message).toContain(ownerUnit.name);
    expect(outsiderRefused.message).toContain(responsibleUnit.name);
    expect(
      (await refusedWithoutTrace(() => as(viewer).blocker.clear({ id, expectedVersion: 1, resolution: 'x' }))).key,
    ).toBe('auth.forbidden.viewer');

    const cleared = await as(liaison, '2026-03-05').blocker.clear({ id, expectedVersion: 1, resolution: '3 户已签约' });
    expect(cleared).toMatchObject({ status: 'cleared', closedOn: '2026-03-05', resolution: '3 户已签约', ageDays: 3 });
    expect(cleared.isOverdue).toBe(false);
    // Age stops at the day it was closed.
    expect((await as(viewer, LATER).blocker.forProject({ projectId })).find((b) => b.id === id)!.ageDays).toBe(3);

    for (const expectedVersion of [1, 2]) {
      const again = await refusedWithoutTrace(() =>
        as(editor).blocker.clear({ id, expectedVersion, resolution: '再次办结' }),
      );
      expect(again).toMatchObject({ code: 'CONFLICT', key: 'blocker.alreadyCleared' });
      expect(again.message).toContain(liaison.username);
      expect(again.message).toContain('2026-03-05');
    }
    expect(
      (await refusedWithoutTrace(() => as(admin).blocker.escalate({ id, expectedVersion: 2, note: 'x' }))).key,
    ).toBe('blocker.alreadyCleared');
  });

  test('reopen brings a cleared or withdrawn blocker back at its level; withdraw needs the project’s unit', async () => {
    const raised = await as(editor).blocker.raise(raiseInput({ category: 'utilities', level: 'districtLeader' }));
    await as(liaison).blocker.clear({ id: raised.id, expectedVersion: 1, resolution: '已通电' });
    const liaisonRefused = await refusedWithoutTrace(() =>
      as(liaison).blocker.reopen({ id: raised.id, expectedVersion: 2, reason: '又停电了' }),
    );
    expect(liaisonRefused.key).toBe('auth.forbidden.unit');

    const reopened = await as(editor).blocker.reopen({
      id: raised.id,
      expectedVersion: 2,
      reason: '又停电了',
      targetDate: '2026-03-20',
    });
    expect(reopened).toMatchObject({
      status: 'open',
      level: 'districtLeader',
      closedOn: null,
      resolution: '',
      targetDate: '2026-03-20',
    });
    const notClosed = await refusedWithoutTrace(() => as(editor).blocker.reopen({ id: raised.id, expectedVersion: 3 }));
    expect(notClosed).toMatchObject({ code: 'CONFLICT', key: 'blocker.notClosed' });

    expect(
      (
        await refusedWithoutTrace(() =>
          as(liaison).blocker.withdraw({ id: raised.id, expectedVersion: 3, reason: '误报' }),
        )
      ).key,
    ).toBe('auth.forbidden.unit');
    const withdrawn = await as(editor).blocker.withdraw({ id: raised.id, expectedVersion: 3, reason: '误报' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '误报', closedOn: TODAY });
    const twice = await refusedWithoutTrace(() =>
      as(admin).blocker.withdraw({ id: raised.id, expectedVersion: 4, reason: '误报' }),
    );
    expect(twice).toMatchObject({ code: 'CONFLICT', key: 'blocker.alreadyWithdrawn' });
    const back = await as(admin).blocker.reopen({ id: raised.id, expectedVersion: 4 });
    expect(back).toMatchObject({ status: 'open', withdrawalReason: '', version: 5 });

    const steps = (await as(viewer).blocker.forProject({ projectId })).find((b) => b.id === raised.id)!.steps;
    expect(steps.map((s) => [s.step, s.fromStatus, s.toStatus, s.note])).toEqual([
      ['raise', null, 'open', ''],
      ['clear', 'open', 'cleared', '已通电'],
      ['reopen', 'cleared', 'open', '又停电了'],
      ['withdraw', 'open', 'withdrawn', '误报'],
      ['reopen', 'withdrawn', 'open', ''],
    ]);
  });

  test('a stale version is refused, naming who changed the blocker in between', async () => {
    const { id } = await as(editor).blocker.raise(raiseInput());
    // Named as colleagues know them, not by their sign-in name.
    const chief = await suite.user('admin', { displayName: '李主任（区发改局）' });
    await as(chief).blocker.escalate({ id, expectedVersion: 1, note: '区领导调度' });
    const stale = await refusedWithoutTrace(() =>
      as(editor).blocker.escalate({ id, expectedVersion: 1, note: '升级' }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', key: 'blocker.conflictBy' });
    expect(stale.message).toContain('李主任（区发改局）');
    const missing = await refusedWithoutTrace(() =>
      as(admin).blocker.clear({ id: 99999, expectedVersion: 1, resolution: 'x' }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', key: 'blocker.notFound' });
  });

  test('a blocker past its target turns its project red on the board; clearing it restores the light', async () => {
    const project = await as(admin).project.create(projectInput(ownerUnit.id, { targetDate: '2031-12-29' }));
    expect(await card(project.id)).toMatchObject({
      blockers: { open: 0, oldestAgeDays: null, overdue: false },
      schedule: { light: 'green' },
    });

    const late = await as(editor).blocker.raise(raiseInput({ projectId: project.id, targetDate: '2026-03-12' }));
    expect(await card(project.id)).toMatchObject({
      blockers: { open: 1, oldestAgeDays: 0, overdue: false },
      schedule: { light: 'green' },
    });
    // On its target date it is not late yet; the day after, it is.
    expect((await card(project.id, '2026-03-12')).schedule.light).toBe('green');
    expect(await card(project.id, '2026-03-13')).toMatchObject({
      blockers: { open: 1, oldestAgeDays: 11, overdue: true },
      schedule: { light: 'red' },
    });

    await as(editor, LATER).blocker.raise(raiseInput({ projectId: project.id, targetDate: '2026-05-30' }));
    expect(await card(project.id, LATER)).toMatchObject({
      blockers: { open: 2, oldestAgeDays: 44, overdue: true },
      schedule: { light: 'red' },
    });
    const listed = await as(viewer, LATER).blocker.list({ overdueOnly: true });
    expect(listed.find((b) => b.id === late.id)).toMatchObject({ isOverdue: true, ageDays: 44 });

    await as(liaison, LATER).blocker.clear({ id: late.id, expectedVersion: 1, resolution: '指标已下达' });
    expect(await card(project.id, LATER)).toMatchObject({
      blockers: { open: 1, oldestAgeDays: 0, overdue: false },
      schedule: { light: 'green' },
    });
  });

  describe('the list, the unit view and the Excel export', () => {
    let unitA: { id: number; name: string }; // 安丘… sorts before 章丘… in pinyin order
    let unitZ: { id: number; name: string };
    let ids: { oldLand: number; escalatedFunding: number; newApprovals: number; cleared: number };
    let liaisonZ: Actor;

    beforeAll(async () => {
      unitA = await makeUnit(suite.db.prisma, '安丘测试局');
      unitZ = await makeUnit(suite.db.prisma, '章丘测试局');
      liaisonZ = await suite.user('editor', { unitIds: [unitZ.id] });
      const raise = (today: string, input: Record<string, unknown>) =>
        as(editor, today).blocker.raise(raiseInput(input));
      const oldLand = await raise('2026-01-05', { responsibleUnitId: unitZ.id, targetDate: '2026-02-01' });
      const escalatedFunding = await raise('2026-02-01', {
        responsibleUnitId: unitA.id,
        category: 'funding',
        targetDate: '2026-04-01',
      });
      await as(editor, '2026-02-10').blocker.escalate({
        id: escalatedFunding.id,
        expectedVersion: 1,
        note: '资金缺口',
      });
      const newApprovals = await raise(TODAY, {
        responsibleUnitId: unitZ.id,
        category: 'approvals',
        targetDate: '2026-03-10',
      });
      const cleared = await raise('2026-02-20', { responsibleUnitId: unitZ.id, targetDate: '2026-03-31' });
      await as(liaisonZ).blocker.clear({ id: cleared.id, expectedVersion: 1, resolution: '已解决' });
      ids = {
        oldLand: oldLand.id,
        escalatedFunding: escalatedFunding.id,
        newApprovals: newApprovals.id,
        cleared: cleared.id,
      };
    });

    const mine = (rows: { id: number }[]) => {
      const wanted = new Set(Object.values(ids));
      return rows.map((r) => r.id).filter((id) => wanted.has(id));
    };

    test('rows carry project, unit, level, age, target and lateness', async () => {
      const rows = await as(viewer).blocker.list();
      expect(rows.find((b) => b.id === ids.oldLand)).toMatchObject({
        project: { id: projectId, code: expect.any(String), name: expect.any(String) },
        responsibleUnit: unitZ,
        level: 'department',
        status: 'open',
        raisedOn: '2026-01-05',
        ageDays: 56,
        targetDate: '2026-02-01',
        isOverdue: true,
      });
      expect(rows.every((b) => b.status === 'open' || b.status === 'escalated')).toBe(true);
      expect(mine(rows)).not.toContain(ids.cleared);
    });

    test('filters: status, level, responsible unit, category, overdue only', async () => {
      const list = (filter: TBlockerFilter) => as(viewer).blocker.list(filter).then(mine);
      expect(await list({ status: ['cleared'] })).toEqual([ids.cleared]);
      expect(await list({ level: 'districtLeader' })).toEqual([ids.escalatedFunding]);
      expect(await list({ responsibleUnitId: unitA.id })).toEqual([ids.escalatedFunding]);
      expect(await list({ responsibleUnitId: unitZ.id, category: 'approvals' })).toEqual([ids.newApprovals]);
      expect(await list({ responsibleUnitId: unitZ.id, overdueOnly: true })).toEqual([ids.oldLand]);
      expect(
        await list({ status: ['open', 'escalated', 'cleared'], responsibleUnitId: unitZ.id, sort: 'age' }),
      ).toEqual([ids.oldLand, ids.cleared, ids.newApprovals]);
    });

    test('sorts by age, level, responsible unit and target date, both ways', async () => {
      const sorted = (filter: TBlockerFilter) => as(viewer).blocker.list(filter).then(mine);
      expect(await sorted({})).toEqual([ids.oldLand, ids.escalatedFunding, ids.newApprovals]);
      expect(await sorted({ sort: 'age', direction: 'asc' })).toEqual([
        ids.newApprovals,
        ids.escalatedFunding,
        ids.oldLand,
      ]);
      expect(await sorted({ sort: 'level', direction: 'desc' })).toEqual([
        ids.escalatedFunding,
        ids.oldLand,
        ids.newApprovals,
      ]);
      expect(await sorted({ sort: 'responsibleUnit', direction: 'asc' })).toEqual([
        ids.escalatedFunding,
        ids.oldLand,
        ids.newApprovals,
      ]);
      expect(await sorted({ sort: 'targetDate', direction: 'asc' })).toEqual([
        ids.oldLand,
        ids.newApprovals,
        ids.escalatedFunding,
      ]);
      expect(await sorted({ sort: 'targetDate', direction: 'desc' })).toEqual([
        ids.escalatedFunding,
        ids.newApprovals,
        ids.oldLand,
      ]);
    });

    test('the responsible unit’s view lists what it must clear, overdue first; others see none of it', async () => {
      const view = await as(liaisonZ, '2026-03-11').blocker.forMyUnit();
      expect(view.units).toEqual([unitZ]);
      // Both overdue on 2026-03-11; the earlier target first.
      expect(view.blockers.map((b) => [b.id, b.isOverdue])).toEqual([
        [ids.oldLand, true],
        [ids.newApprovals, true],
      ]);
      const onTime = await as(liaisonZ, TODAY).blocker.forMyUnit();
      expect(onTime.blockers.map((b) => [b.id, b.isOverdue])).toEqual([
        [ids.oldLand, true],
        [ids.newApprovals, false],
      ]);
      expect((await as(viewer).blocker.forMyUnit()).blockers).toEqual([]);
    });

    test('the Excel export holds the rows blocker.list shows for the same filter and sort', async () => {
      for (const filter of [
        { sort: 'targetDate', direction: 'asc' },
        { responsibleUnitId: unitZ.id, status: ['open', 'cleared'], sort: 'responsibleUnit' },
        {},
      ] satisfies TBlockerFilter[]) {
        const rows = await as(viewer).blocker.list(filter);
        expect(rows.length).toBeGreaterThan(0);
        const buffer = await blockersXlsx({
          prisma: suite.db.prisma,
          today: TODAY,
          filter: ZBlockerFilter.parse(filter),
          lang: 'zh',
        });
        const [header, ...body] = await sheetRows(buffer);
        expect(header).toEqual(Object.values(blockerLabels.zh.columns));
        expect(body).toEqual(rows.map((b) => expectedRow(b)));
      }
      const english = await sheetRows(
        await blockersXlsx({ prisma: suite.db.prisma, today: TODAY, filter: ZBlockerFilter.parse({}), lang: 'en' }),
      );
      expect(english[0]).toEqual(Object.values(blockerLabels.en.columns));
      expect(english.slice(1)).toEqual((await as(viewer).blocker.list()).map((b) => expectedRow(b, 'en')));
    });
  });
});

describe('the Excel export over HTTP and the demo blockers', () => {
  let server: RunningServer;
  let cookie = '';

  beforeAll(async () => {
    server = await startServer({
      database: { kind: 'pglite', dataDir: null },
      host: '127.0.0.1',
      port: 0,
      seedDemo: false,
      today: TODAY,
    });
    const prisma = server.db.prisma;
    const unit = await makeUnit(prisma, '刁镇（测试）');
    const liaison = await makeUser(prisma, 'editor', { unitIds: [unit.id], username: 'xlsx-liaison' });
    await makeUser(prisma, 'viewer', { username: 'xlsx-viewer' });
    const api = callerFor(server.db, { actor: liaison, today: TODAY });
    const { id: projectId } = await api.project.create(projectInput(unit.id, { targetDate: '2031-12-29' }));
    for (const targetDate of ['2026-03-20', '2026-03-09']) {
      await api.blocker.raise({
        projectId,
        category: 'land',
        description: '用地',
        responsibleUnitId: unit.id,
        targetDate,
      });
    }
    const signedIn = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'xlsx-viewer', password: TEST_PASSWORD } }),
    });
    cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(() => server?.close());

  test('a signed-in reader downloads the list as .xlsx, in the order and language asked for', async () => {
    const response = await fetch(`${server.url}/blockers.xlsx?sort=targetDate&direction=asc&lang=en`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain(`backplan-blockers-${TODAY}.xlsx`);
    const [header, ...body] = await sheetRows(await response.arrayBuffer());
    expect(header).toEqual(Object.values(blockerLabels.en.columns));
    expect(body.map((row) => row[9])).toEqual(['2026-03-09', '2026-03-20']);
    expect(body.map((row) => row[6])).toEqual(['Open', 'Open']);

    expect((await fetch(`${server.url}/blockers.xlsx`)).status).toBe(401);
    expect((await fetch(`${server.url}/blockers.xlsx?sort=colour`, { headers: { cookie } })).status).toBe(400);
  });

  test('demo blockers seed once, with their history, and show on the board', async () => {
    const prisma = server.db.prisma;
    await prisma.blocker.deleteMany();
    const unit = await makeUnit(prisma, '双山街道（测试）');
    const api = callerFor(server.db, { today: TODAY });
    for (let i = 0; i < 4; i++) await api.project.create(projectInput(unit.id, { targetDate: '2031-12-29' }));

    const first = await seedDemoBlockers(prisma, { today: TODAY });
    expect(first.seeded).toBe(true);
    expect(first.blockers).toBe(4); // no demo-editor here: only the blockers of other units' projects
    expect(await seedDemoBlockers(prisma, { today: TODAY })).toEqual({ seeded: false, blockers: 0 });

    const rows = await api.blocker.list();
    expect(rows).toHaveLength(4);
    expect(rows.some((b) => b.isOverdue && b.level === 'city')).toBe(true);
    const overdue = rows.find((b) => b.isOverdue)!;
    const steps = (await api.blocker.forProject({ projectId: overdue.project.id })).find(
      (b) => b.id === overdue.id,
    )!.steps;
    expect(steps.map((s) => s.step)).toEqual(['raise', 'escalate']);
    const board = (await api.board.get()).columns.flatMap((c) => c.cards);
    expect(board.find((c) => c.id === overdue.project.id)).toMatchObject({
      blockers: { overdue: true },
      schedule: { light: 'red' },
    });
  });
});
