import { beforeAll, describe, expect, test } from 'vitest';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

describe.each(testDatabaseKinds)('editing a project and its milestones on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Caller;
  let editor: Caller;
  let unitId: number;
  let secondUnitId: number;
  let otherUnitId: number;

  beforeAll(async () => {
    admin = suite.as();
    unitId = (await makeUnit(suite.db.prisma)).id;
    secondUnitId = (await makeUnit(suite.db.prisma)).id;
    otherUnitId = (await makeUnit(suite.db.prisma)).id;
    editor = suite.as(await suite.user('editor', { unitIds: [unitId, secondUnitId] }));
  });

  const lastAudit = async (id: number) => (await admin.audit.forProject({ entityId: String(id) })).entries[0]!;

  test('amounts are recorded as stored (two decimals), and an unchanged amount is not a change', async () => {
    const p = await admin.project.create(projectInput(unitId, { totalInvestment: '10000', plannedInvestment: '3000' }));
    const saved = await admin.project.update({
      id: p.id,
      expectedVersion: 1,
      patch: { name: '新名称', plannedInvestment: '2345.6', totalInvestment: '10000' },
    });
    expect(saved).toMatchObject({ plannedInvestment: '2345.60', totalInvestment: '10000.00' });
    const entry = await lastAudit(p.id);
    expect(entry.action).toBe('update');
    expect(entry.before).toEqual({ name: p.name, plannedInvestment: '3000.00' });
    expect(entry.after).toEqual({ name: '新名称', plannedInvestment: '2345.60' });
  });

  test('a long history comes a page at a time, newest first, every change once', async () => {
    const p = await admin.project.create(projectInput(unitId));
    let version = 1;
    for (let n = 1; n <= 55; n++) {
      version = (await admin.project.update({ id: p.id, expectedVersion: version, patch: { description: `第${n}次` } }))
        .version;
    }
    const first = await admin.audit.forProject({ entityId: String(p.id) });
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]!.after).toEqual({ description: '第55次' });
    expect(first.nextCursor).toBe(first.entries.at(-1)!.id);
    const second = await admin.audit.forProject({ entityId: String(p.id), cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    const all = [...first.entries, ...second.entries];
    expect(all).toHaveLength(56); // 55 updates and the creation
    expect(all.at(-1)!.action).toBe('create');
    expect(new Set(all.map((entry) => entry.id)).size).toBe(56);
  });

  test('an editor may hand a project only to another of its own units', async () => {
    const p = await editor.project.create(projectInput(unitId));
    const refused = await rejection(
      editor.project.update({ id: p.id, expectedVersion: 1, patch: { ownerUnitId: otherUnitId } }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.key).toBe('auth.forbidden.unit');
    const moved = await editor.project.update({ id: p.id, expectedVersion: 1, patch: { ownerUnitId: secondUnitId } });
    expect(moved.ownerUnit.id).toBe(secondUnitId);
  });

  test('a milestone edit that closes a loop is refused with the loop named, and changes nothing', async () => {
    const p = await admin.project.create(projectInput(unitId));
    const { milestones } = await admin.project.get({ id: p.id });
    const second = milestones.find((m) => m.dependsOn.length > 0)!;
    const first = milestones.find((m) => m.id === second.dependsOn[0])!;
    const cycle = await rejection(
      admin.milestone.update({ id: first.id, expectedVersion: 1, patch: { dependsOn: [second.id], durationDays: 3 } }),
    );
    expect(cycle.key).toBe('plan.cycle');
    expect(cycle.message).toContain(first.name);
    const after = await admin.project.get({ id: p.id });
    expect(after.version).toBe(1);
    expect(after.milestones.find((m) => m.id === first.id)).toMatchObject({
      dependsOn: first.dependsOn,
      durationDays: first.durationDays,
    });
    expect((await lastAudit(p.id)).action).toBe('create');

    const bad = await rejection(
      admin.milestone.update({
        id: second.id,
        expectedVersion: 1,
        patch: { durationDays: -1, actualFinish: '2026-02-30' },
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    const saved = await admin.milestone.update({
      id: second.id,
      expectedVersion: 1,
      patch: { durationDays: 7, actualStart: '2026-03-02', actualFinish: '2026-03-02' },
    });
    expect(saved.version).toBe(2);
    const entry = await lastAudit(p.id);
    expect(entry.after).toMatchObject({ milestone: second.name, durationDays: 7, actualFinish: '2026-03-02' });
  });
});
