import { beforeAll, describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import type { Actor } from '../../server/domain/permissions.js';
import { makeUnit } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

/** The field error keys of a refusal at the edge (zod), by path. */
function fieldKeys(error: { cause?: unknown }): Record<string, string> {
  expect(error.cause).toBeInstanceOf(ZodError);
  return Object.fromEntries((error.cause as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe.each(testDatabaseKinds)('stage limits on %s', (kind) => {
  const suite = useTestDatabase(kind, { withTemplates: false });
  let admin: Actor;
  let editor: Actor;
  let viewer: Actor;
  const as = (actor: Actor) => suite.as(actor);

  const trace = async () => ({
    limits: await suite.db.prisma.stageLimit.findMany({ orderBy: { stage: 'asc' } }),
    audit: await suite.db.prisma.auditEntry.count(),
    events: await suite.db.prisma.boardEvent.count(),
  });
  /** A refused call, and proof that it changed nothing: no limit, no audit row, no board event. */
  async function refusedWithoutTrace(call: () => Promise<unknown>) {
    const before = await trace();
    const error = await rejection(call());
    expect(await trace()).toEqual(before);
    return error;
  }
  const auditOf = (stage: string) =>
    suite.db.prisma.auditEntry.findMany({
      where: { entityType: 'stageLimit', entityId: stage },
      orderBy: { id: 'asc' },
      select: { action: true, actorName: true, before: true, after: true },
    });

  beforeAll(async () => {
    const unit = await makeUnit(suite.db.prisma);
    admin = await suite.user('admin');
    editor = await suite.user('editor', { unitIds: [unit.id] });
    viewer = await suite.user('viewer');
  });

  test('an admin sets, changes and clears a limit; everyone signed in reads them; each change is audited', async () => {
    expect(await as(viewer).stageLimit.list()).toEqual([]);
    const eventsBefore = await suite.db.prisma.boardEvent.count();

    expect(await as(admin).stageLimit.set({ stage: 'acceleration', maxProjects: 12 })).toEqual({
      stage: 'acceleration',
      maxProjects: 12,
    });
    await as(admin).stageLimit.set({ stage: 'maturity', maxProjects: 30 });
    await as(admin).stageLimit.set({ stage: 'acceleration', maxProjects: 15 });
    // In board order, whatever order they were set in; editors and viewers read them too.
    const expected = [
      { stage: 'maturity', maxProjects: 30 },
      { stage: 'acceleration', maxProjects: 15 },
    ];
    expect(await as(viewer).stageLimit.list()).toEqual(expected);
    expect(await as(editor).stageLimit.list()).toEqual(expected);
    // Every open board hears of each change.
    expect(await suite.db.prisma.boardEvent.count()).toBe(eventsBefore + 3);
    const lastEvent = await suite.db.prisma.boardEvent.findFirst({ orderBy: { id: 'desc' } });
    expect(lastEvent).toMatchObject({ kind: 'stageLimits.changed', projectId: null, actorName: admin.username });

    // Setting the same value again is no change: no audit row, no event.
    const unchanged = await trace();
    await as(admin).stageLimit.set({ stage: 'acceleration', maxProjects: 15 });
    expect(await trace()).toEqual(unchanged);

    expect(await as(admin).stageLimit.clear({ stage: 'acceleration' })).toEqual({
      stage: 'acceleration',
      maxProjects: null,
    });
    expect(await as(viewer).stageLimit.list()).toEqual([{ stage: 'maturity', maxProjects: 30 }]);
    expect(await auditOf('acceleration')).toEqual([
      { action: 'set', actorName: admin.username, before: null, after: { maxProjects: 12 } },
      { action: 'set', actorName: admin.username, before: { maxProjects: 12 }, after: { maxProjects: 15 } },
      { action: 'remove', actorName: admin.username, before: { maxProjects: 15 }, after: null },
    ]);
    // The audit log shows them to admins like any other change.
    const log = await as(admin).audit.list({ entityType: 'stageLimit', limit: 10 });
    expect(log.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['set', 'remove']));

    // Clearing a limit that is not set changes nothing.
    const cleared = await trace();
    await as(admin).stageLimit.clear({ stage: 'contribution' });
    expect(await trace()).toEqual(cleared);
  });

  test('editors and viewers may not set or clear limits', async () => {
    await as(admin).stageLimit.set({ stage: 'contribution', maxProjects: 8 });
    for (const [actor, key] of [
      [editor, 'auth.forbidden.adminOnly'],
      [viewer, 'auth.forbidden.viewer'],
    ] as const) {
      const set = await refusedWithoutTrace(() => as(actor).stageLimit.set({ stage: 'contribution', maxProjects: 3 }));
      expect(set).toMatchObject({ code: 'FORBIDDEN', key });
      const clear = await refusedWithoutTrace(() => as(actor).stageLimit.clear({ stage: 'contribution' }));
      expect(clear).toMatchObject({ code: 'FORBIDDEN', key });
    }
    const anonymous = await rejection(suite.as(null).stageLimit.list());
    expect(anonymous.code).toBe('UNAUTHORIZED');
    expect(await as(viewer).stageLimit.list()).toContainEqual({ stage: 'contribution', maxProjects: 8 });
  });

  test('a limit is a whole number from 1 to 999 for a stage that exists; anything else is refused by field', async () => {
    for (const maxProjects of [0, -3, 1.5, 1000, Number.NaN]) {
      const error = await refusedWithoutTrace(() => as(admin).stageLimit.set({ stage: 'maturity', maxProjects }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldKeys(error)).toEqual({ maxProjects: 'validation.stageLimit' });
    }
    const badStage = await refusedWithoutTrace(() =>
      // @ts-expect-error: a stage the board does not have, as a hand-made request could send
      as(admin).stageLimit.set({ stage: 'finished', maxProjects: 5 }),
    );
    expect(fieldKeys(badStage)).toEqual({ stage: 'validation.invalid' });
    const text = await refusedWithoutTrace(() =>
      // @ts-expect-error: a string where a number belongs
      as(admin).stageLimit.set({ stage: 'maturity', maxProjects: '12' }),
    );
    expect(fieldKeys(text)).toEqual({ maxProjects: 'validation.stageLimit' });
    // The bounds themselves are fine.
    await as(admin).stageLimit.set({ stage: 'maturity', maxProjects: 1 });
    await as(admin).stageLimit.set({ stage: 'maturity', maxProjects: 999 });
    expect(await as(viewer).stageLimit.list()).toContainEqual({ stage: 'maturity', maxProjects: 999 });
  });
});
