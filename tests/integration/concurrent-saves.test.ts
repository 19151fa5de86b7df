// Several people saving the same thing at the same moment, each from the version they loaded: on
// PostgreSQL these run on separate connections, so a version check made only when reading would let
// them all through. Exactly one save may win; the others must be refused, naming the winner, and
// leave no trace (no version bump, no audit row, no board event).
import { beforeAll, describe, expect, test } from 'vitest';
import { TRPCError } from '@trpc/server';
import { levelIndex } from '../../server/domain/blockers.js';
import { AppError } from '../../server/services/shared/app-error.js';
import { TEST_ADMIN, type Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const RACERS = 8;

describe.each(testDatabaseKinds)('concurrent saves of one version on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Caller;
  let unitId: number;
  const names = Array.from({ length: RACERS }, (_, i) => `racer-${i}`);
  let racers: Caller[];

  beforeAll(async () => {
    admin = suite.as();
    unitId = (await makeUnit(suite.db.prisma)).id;
    racers = names.map((name, i) => suite.as({ ...TEST_ADMIN, id: 1000 + i, username: name, displayName: name }));
  });

  /** What a save leaves behind: audit rows and board events about the entity. */
  const traces = async (projectId: number, entity: { type: string; id: number }) => ({
    audit: await suite.db.prisma.auditEntry.findMany({
      where: { entityType: entity.type, entityId: String(entity.id) },
      select: { action: true, actorName: true },
      orderBy: { id: 'asc' },
    }),
    events: await suite.db.prisma.boardEvent.count({ where: { projectId } }),
  });

  /**
   * Runs every racer's save at once and checks that exactly one won and every other one was refused
   * as stale, naming the winner. Returns the winner's name.
   */
  async function race(save: (racer: Caller, i: number) => Promise<unknown>, conflictKey: string) {
    const results = await Promise.allSettled(racers.map((racer, i) => save(racer, i)));
    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [names[i]!] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      const error = result.reason as TRPCError;
      expect(error).toBeInstanceOf(TRPCError);
      expect(error.code).toBe('CONFLICT');
      expect(error.cause).toBeInstanceOf(AppError);
      expect((error.cause as AppError).key).toBe(conflictKey);
      expect(error.message).toContain(winner);
    }
    return winner;
  }

  test('of N edits of a project from the same version, one is saved and the rest are refused', async () => {
    const p = await admin.project.create(projectInput(unitId));
    const before = await traces(p.id, { type: 'project', id: p.id });

    const winner = await race(
      (racer, i) => racer.project.update({ id: p.id, expectedVersion: 1, patch: { name: `改名${i}` } }),
      'project.conflictBy',
    );

    const after = await admin.project.get({ id: p.id });
    expect(after.version).toBe(2);
    expect(after.name).toBe(`改名${names.indexOf(winner)}`);
    const trace = await traces(p.id, { type: 'project', id: p.id });
    expect(trace.audit.slice(before.audit.length)).toEqual([{ action: 'update', actorName: winner }]);
    expect(trace.events).toBe(before.events + 1);
  });

  test('edits racing moves of the same project: one of them wins', async () => {
    const p = await admin.project.create(projectInput(unitId));
    const before = await traces(p.id, { type: 'project', id: p.id });

    const winner = await race(
      (racer, i) =>
        i % 2 === 0
          ? racer.project.update({ id: p.id, expectedVersion: 1, patch: { name: `改名${i}` } })
          : racer.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 1, reason: '抢先推进' }),
      'project.conflictBy',
    );

    const after = await admin.project.get({ id: p.id });
    expect(after.version).toBe(2);
    const wasUpdate = names.indexOf(winner) % 2 === 0;
    expect(after.stage).toBe(wasUpdate ? 'maturity' : 'acceleration');
    expect(after.name).toBe(wasUpdate ? `改名${names.indexOf(winner)}` : p.name);
    const trace = await traces(p.id, { type: 'project', id: p.id });
    expect(trace.audit.slice(before.audit.length)).toEqual([
      { action: wasUpdate ? 'update' : 'move', actorName: winner },
    ]);
    expect(trace.events).toBe(before.events + 1);
    expect(await suite.db.prisma.stageMove.count({ where: { projectId: p.id } })).toBe(wasUpdate ? 0 : 1);
  });

  test('of N edits to milestones of one project from the same version, one is saved', async () => {
    const p = await admin.project.create(projectInput(unitId));
    const { milestones } = await admin.project.get({ id: p.id });
    const before = await traces(p.id, { type: 'project', id: p.id });

    // Different milestones, so only the project's version stands between them.
    const winner = await race(
      (racer, i) =>
        racer.milestone.update({
          id: milestones[i % milestones.length]!.id,
          expectedVersion: 1,
          patch: { durationDays: 40 + i },
        }),
      'project.conflictBy',
    );

    const after = await admin.project.get({ id: p.id });
    expect(after.version).toBe(2);
    const i = names.indexOf(winner);
    const changed = after.milestones.filter((m, k) => m.durationDays !== milestones[k]!.durationDays);
    expect(changed.map((m) => [m.id, m.durationDays])).toEqual([[milestones[i % milestones.length]!.id, 40 + i]]);
    const trace = await traces(p.id, { type: 'project', id: p.id });
    expect(trace.audit.slice(before.audit.length)).toEqual([{ action: 'updateMilestone', actorName: winner }]);
    expect(trace.events).toBe(before.events + 1);
  });

  test('of N steps on one blocker from the same version, one is taken', async () => {
    const p = await admin.project.create(projectInput(unitId, { targetDate: '2031-12-29' }));
    const blocker = await admin.blocker.raise({
      projectId: p.id,
      category: 'land',
      description: '用地指标未下达',
      responsibleUnitId: (await makeUnit(suite.db.prisma)).id,
      targetDate: '2026-03-12',
    });
    const before = await traces(p.id, { type: 'blocker', id: blocker.id });

    const winner = await race(
      (racer, i) => racer.blocker.escalate({ id: blocker.id, expectedVersion: blocker.version, note: `请协调${i}` }),
      'blocker.conflictBy',
    );

    const [after] = await admin.blocker.forProject({ projectId: p.id });
    expect(after).toMatchObject({ version: blocker.version + 1, status: 'escalated' });
    expect(levelIndex(after!.level)).toBe(levelIndex(blocker.level) + 1);
    const trace = await traces(p.id, { type: 'blocker', id: blocker.id });
    expect(trace.audit.slice(before.audit.length)).toEqual([{ action: 'escalate', actorName: winner }]);
    expect(trace.events).toBe(before.events + 1);
  });
});
