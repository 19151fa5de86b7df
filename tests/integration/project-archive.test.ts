import { beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../server/domain/permissions.js';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

describe.each(testDatabaseKinds)('archiving and restoring projects on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Caller;
  let editor: Caller;
  let viewer: Caller;
  let unitId: number;
  let otherUnitId: number;
  let editorActor: Actor;

  beforeAll(async () => {
    admin = suite.as();
    unitId = (await makeUnit(suite.db.prisma, '章丘区明水街道')).id;
    otherUnitId = (await makeUnit(suite.db.prisma, '章丘区交通运输局')).id;
    editorActor = await suite.user('editor', { unitIds: [unitId] });
    editor = suite.as(editorActor);
    viewer = suite.as(await suite.user('viewer'));
  });

  async function boardCodes(stage = 'maturity') {
    const board = await admin.board.get();
    return board.columns.find((c) => c.stage === stage)!.cards.map((c) => c.code);
  }
  const projectAudit = async (id: number) =>
    (await admin.audit.forProject({ entityId: String(id) })).entries.map((e) => ({
      action: e.action,
      actor: e.actorName,
      reason: e.reason,
    }));

  test('archive takes the card off the board (also from a board read before), keeps the project, and is audited', async () => {
    const a = await admin.project.create(projectInput(unitId, { code: 'ZQ-2026-101' }));
    const b = await admin.project.create(projectInput(unitId, { code: 'ZQ-2026-102' }));
    // A board built before the archive: the cached snapshot must drop the card when it catches up.
    expect(await boardCodes()).toEqual(expect.arrayContaining(['ZQ-2026-101', 'ZQ-2026-102']));

    const archived = await admin.project.archive({ id: a.id, expectedVersion: 1, reason: '项目已终止' });
    expect(archived.version).toBe(2);
    expect(await boardCodes()).not.toContain('ZQ-2026-101');
    expect(await boardCodes()).toContain('ZQ-2026-102');

    const detail = await admin.project.get({ id: a.id });
    expect(detail).toMatchObject({ code: 'ZQ-2026-101', isArchived: true, version: 2 });
    const list = await viewer.project.listArchived();
    expect(list.map((p) => p.code)).toEqual(['ZQ-2026-101']);
    expect(list[0]).toMatchObject({ archivedBy: 'test-admin', reason: '项目已终止', stage: 'maturity' });
    expect((await projectAudit(a.id))[0]).toEqual({ action: 'archive', actor: 'test-admin', reason: '项目已终止' });
    expect(b.id).toBeGreaterThan(a.id);
  });

  test('an archived project is read-only: no edits, milestone changes or moves, and no second archive', async () => {
    const p = await admin.project.create(projectInput(unitId));
    await admin.project.archive({ id: p.id, expectedVersion: 1 });
    const entriesBefore = (await projectAudit(p.id)).length;

    const edit = await rejection(admin.project.update({ id: p.id, expectedVersion: 2, patch: { name: '改名' } }));
    expect(edit.code).toBe('CONFLICT');
    expect(edit.key).toBe('project.archived');

    const milestone = (await admin.project.get({ id: p.id })).milestones[0]!;
    const plan = await rejection(
      admin.milestone.update({ id: milestone.id, expectedVersion: 2, patch: { durationDays: 9 } }),
    );
    expect(plan.key).toBe('project.archived');

    const move = await rejection(admin.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 2 }));
    expect(move.code).toBe('NOT_FOUND');

    const again = await rejection(admin.project.archive({ id: p.id, expectedVersion: 2 }));
    expect(again.code).toBe('CONFLICT');
    expect(again.key).toBe('project.alreadyArchived');
    expect(again.message).toContain('test-admin');
    expect((await projectAudit(p.id)).length).toBe(entriesBefore);
  });

  test('restore puts the project back in its stage at the end of the column, audited with its reason', async () => {
    const p = await admin.project.create(projectInput(unitId, { code: 'ZQ-2026-120', stage: 'acceleration' }));
    await admin.project.create(projectInput(unitId, { code: 'ZQ-2026-121', stage: 'acceleration' }));
    await admin.project.archive({ id: p.id, expectedVersion: 1 });
    await admin.project.create(projectInput(unitId, { code: 'ZQ-2026-122', stage: 'acceleration' }));
    expect(await boardCodes('acceleration')).toEqual(['ZQ-2026-121', 'ZQ-2026-122']);

    const restored = await editor.project.restore({ id: p.id, expectedVersion: 2, reason: '项目重新启动' });
    expect(restored).toMatchObject({ stage: 'acceleration', version: 3 });
    expect(await boardCodes('acceleration')).toEqual(['ZQ-2026-121', 'ZQ-2026-122', 'ZQ-2026-120']);
    expect((await admin.project.listArchived()).map((a) => a.code)).not.toContain('ZQ-2026-120');
    expect((await admin.project.get({ id: p.id })).isArchived).toBe(false);
    expect((await projectAudit(p.id)).slice(0, 2)).toEqual([
      { action: 'restore', actor: editorActor.username, reason: '项目重新启动' },
      { action: 'archive', actor: 'test-admin', reason: '' },
    ]);

    const notArchived = await rejection(admin.project.restore({ id: p.id, expectedVersion: 3 }));
    expect(notArchived.code).toBe('CONFLICT');
    expect(notArchived.key).toBe('project.notArchived');
    // Editable again.
    const saved = await admin.project.update({ id: p.id, expectedVersion: 3, patch: { name: '恢复后改名' } });
    expect(saved.name).toBe('恢复后改名');
  });

  test('a stale version is refused, naming who changed the project, and writes nothing', async () => {
    const p = await admin.project.create(projectInput(unitId));
    await editor.project.update({ id: p.id, expectedVersion: 1, patch: { name: '联络员改过' } });
    const stale = await rejection(admin.project.archive({ id: p.id, expectedVersion: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.key).toBe('project.conflictBy');
    expect(stale.message).toContain(editorActor.username);
    expect((await admin.project.get({ id: p.id })).isArchived).toBe(false);

    await admin.project.archive({ id: p.id, expectedVersion: 2 });
    const staleRestore = await rejection(admin.project.restore({ id: p.id, expectedVersion: 2 }));
    expect(staleRestore.key).toBe('project.conflictBy');
    expect((await projectAudit(p.id)).map((e) => e.action)).toEqual(['archive', 'update', 'create']);
  });

  test('only admins and editors of the owner unit may archive or restore', async () => {
    const own = await admin.project.create(projectInput(unitId));
    const other = await admin.project.create(projectInput(otherUnitId, { code: 'ZQ-2026-150' }));

    const byViewer = await rejection(viewer.project.archive({ id: own.id, expectedVersion: 1 }));
    expect(byViewer.code).toBe('FORBIDDEN');
    const byOutsider = await rejection(editor.project.archive({ id: other.id, expectedVersion: 1 }));
    expect(byOutsider.code).toBe('FORBIDDEN');
    expect(byOutsider.key).toBe('auth.forbidden.unit');
    expect(await boardCodes()).toContain('ZQ-2026-150');
    expect((await projectAudit(other.id)).map((e) => e.action)).toEqual(['create']);

    await editor.project.archive({ id: own.id, expectedVersion: 1 });
    await admin.project.archive({ id: other.id, expectedVersion: 1 });
    const restoreByOutsider = await rejection(editor.project.restore({ id: other.id, expectedVersion: 2 }));
    expect(restoreByOutsider.key).toBe('auth.forbidden.unit');
    const restoreByViewer = await rejection(viewer.project.restore({ id: own.id, expectedVersion: 2 }));
    expect(restoreByViewer.code).toBe('FORBIDDEN');
    expect(await boardCodes()).not.toContain('ZQ-2026-150');
  });
});
