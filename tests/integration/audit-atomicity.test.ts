// A change and its audit row stand or fall together. A refusal that throws before any write proves
// nothing about that, so here a real trigger makes the transaction's last write fail: the board event,
// written after the audit row. The change must then leave no audit row and no trace on the project.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

type Project = Awaited<ReturnType<Caller['project']['get']>>;

/** One change of each kind that writes an audit row and then a board event, against `project`. */
const CHANGES = {
  'project.update': (api: Caller, project: Project) =>
    api.project.update({ id: project.id, expectedVersion: project.version, patch: { name: '原子性检查' } }),
  'project.move': (api: Caller, project: Project) =>
    api.project.move({
      id: project.id,
      toStage: 'acceleration',
      expectedVersion: project.version,
      reason: '调度会同意先行推进',
    }),
  'milestone.update': (api: Caller, project: Project) =>
    api.milestone.update({
      id: project.milestones[0]!.id,
      expectedVersion: project.version,
      patch: { durationDays: project.milestones[0]!.durationDays + 3 },
    }),
};

describe.each(testDatabaseKinds)('a change and its audit row on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Caller;
  let unitId: number;

  beforeAll(async () => {
    unitId = (await makeUnit(suite.db.prisma)).id;
    admin = suite.as(await suite.user('admin', { username: 'atomic-admin' }));
    await suite.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_board_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'board event refused by the test trigger'; END $$`);
  });

  const refuseBoardEvents = () =>
    suite.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_board_event BEFORE INSERT ON "BoardEvent" FOR EACH ROW EXECUTE FUNCTION refuse_board_event()`,
    );
  const allowBoardEvents = () => suite.db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_board_event ON "BoardEvent"`);
  const auditRows = () => suite.db.prisma.auditEntry.count();

  test.each(Object.keys(CHANGES) as (keyof typeof CHANGES)[])(
    '%s that fails at its last write leaves no audit row; the same call then succeeds with exactly one',
    async (name) => {
      const created = await admin.project.create(projectInput(unitId));
      const before = await admin.project.get({ id: created.id });
      const rowsBefore = await auditRows();

      await refuseBoardEvents();
      try {
        const error = await rejection(CHANGES[name](admin, before));
        expect(error.code).toBe('INTERNAL_SERVER_ERROR');
        expect(String((error.cause as Error | undefined)?.message)).toContain('refused by the test trigger');
      } finally {
        await allowBoardEvents();
      }
      expect(await auditRows()).toBe(rowsBefore);
      expect(await admin.project.get({ id: created.id })).toEqual(before);

      await CHANGES[name](admin, before);
      expect(await auditRows()).toBe(rowsBefore + 1);
      expect(await admin.project.get({ id: created.id })).not.toEqual(before);
    },
  );
});
