import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../server/db/client.js';
import { callerFor, type Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { createPostgresDatabase, testDatabaseKinds } from '../factories/test-database.js';
import { applyMigrations } from '../../server/db/migrate.js';

const TODAY = '2026-03-02';

describe.each(testDatabaseKinds)('the board kept warm between reads on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let api: Caller;
  let unitId: number;

  beforeAll(async () => {
    api = suite.as(undefined, { today: TODAY });
    unitId = (await makeUnit(suite.db.prisma)).id;
  });

  const cardOf = async (id: number, caller = api) =>
    (await caller.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === id);

  test('shows a move, an edit and a milestone done on the next read', async () => {
    const created = await api.project.create(projectInput(unitId, { targetDate: '2030-06-28' }));
    expect(await cardOf(created.id)).toMatchObject({ stage: 'maturity' });
    await api.project.move({ id: created.id, toStage: 'acceleration', expectedVersion: 1, reason: '容缺推进' });
    expect(await cardOf(created.id)).toMatchObject({ stage: 'acceleration', version: 2 });
    await api.project.update({ id: created.id, expectedVersion: 2, patch: { name: '改名后的项目' } });
    expect(await cardOf(created.id)).toMatchObject({ name: '改名后的项目' });
    const first = (await api.project.get({ id: created.id })).milestones[0]!;
    await api.milestone.update({ id: first.id, expectedVersion: 3, patch: { actualFinish: TODAY } });
    expect((await cardOf(created.id))!.schedule.done).toBe(1);
  });

  test('a calendar change and a new day recompute every light', async () => {
    const created = await api.project.create(projectInput(unitId, { targetDate: '2030-06-28' }));
    const before = (await cardOf(created.id))!.schedule.next!;
    await api.calendar.set({ date: before.latestFinish, kind: 'holiday', note: '' });
    const after = (await cardOf(created.id))!.schedule.next!;
    expect(after.latestFinish < before.latestFinish).toBe(true);
    await api.calendar.remove({ date: before.latestFinish });

    const tomorrow = suite.as(undefined, { today: '2026-03-03' });
    const next = (await cardOf(created.id, tomorrow))!.schedule.next!;
    expect(next.workingDaysLeft).toBe(before.workingDaysLeft - 1);
  });

  test('a renamed owner unit shows on its cards', async () => {
    const created = await api.project.create(projectInput(unitId));
    await cardOf(created.id);
    await api.unit.update({ id: unitId, patch: { name: '更名后的单位' } });
    expect((await cardOf(created.id))!.ownerUnit.name).toBe('更名后的单位');
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two servers on one PostgreSQL', () => {
  let a: Database;
  let b: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    const config = { kind: 'postgres' as const, url: created.url, poolSize: 3, connectTimeoutMs: 5000 };
    [a, b] = [await openDatabase(config), await openDatabase(config)];
    await applyMigrations(a);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
  });

  test("each sees the other's changes on its next read", async () => {
    const [viaA, viaB] = [callerFor(a, { today: TODAY }), callerFor(b, { today: TODAY })];
    const unitId = (await makeUnit(a.prisma)).id;
    const created = await viaA.project.create(projectInput(unitId));
    const seenByB = async () =>
      (await viaB.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === created.id);
    expect(await seenByB()).toMatchObject({ stage: 'maturity' });
    await viaA.project.move({ id: created.id, toStage: 'contribution', expectedVersion: 1, reason: '容缺推进' });
    expect(await seenByB()).toMatchObject({ stage: 'contribution' });
  });
});
