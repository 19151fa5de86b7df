// The stage gate through the router as the board calls it, on a real database: a forward move past
// unfinished milestones and any backward move need a reason, which lands in the audit trail and the
// stage-move log; a forward move whose leaving stage is finished needs none.
import { getErrorShape } from '@trpc/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { appRouter } from '../../server/api/router.js';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

describe.each(testDatabaseKinds)('the stage gate on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let api: Caller;
  let unitId: number;

  beforeAll(async () => {
    unitId = (await makeUnit(suite.db.prisma, '明水街道')).id;
    api = suite.as(await suite.user('admin', { username: 'gate-admin' }));
  });

  async function moveAudits(id: number) {
    const { entries } = await api.audit.forProject({ entityId: String(id) });
    return entries.filter((e) => e.action === 'move');
  }
  async function finishStage(projectId: number, stage: 'maturity' | 'acceleration') {
    await suite.db.prisma.milestone.updateMany({
      where: { projectId, stage },
      data: { actualStart: new Date('2026-01-05'), actualFinish: new Date('2026-02-10') },
    });
  }

  test('forward past unfinished milestones is refused without a reason, naming them, and goes through with one', async () => {
    const p = await api.project.create(projectInput(unitId));
    const open = (await api.project.get({ id: p.id })).milestones.filter((m) => m.stage === 'maturity');
    expect(open.length).toBeGreaterThan(0);

    const gate = await api.project.stageGate({ id: p.id, toStage: 'acceleration' });
    expect(gate).toMatchObject({ direction: 'forward', needsReason: true });
    expect(gate.unfinished.map((m) => m.name)).toEqual(open.map((m) => m.name));

    for (const reason of [undefined, '   ']) {
      const refused = await rejection(
        api.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 1, reason }),
      );
      expect(refused.code).toBe('PRECONDITION_FAILED');
      expect(refused.key).toBe('move.gateUnfinished');
      expect(refused.message).toContain(open[0]!.name);
      expect(refused.message).toContain(p.code);
    }
    // Refused: nothing moved, nothing logged.
    expect(await api.project.get({ id: p.id })).toMatchObject({ stage: 'maturity', version: 1, stageMoves: [] });
    expect(await moveAudits(p.id)).toEqual([]);

    const reason = '区重大项目调度会同意容缺推进';
    const moved = await api.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 1, reason });
    expect(moved).toMatchObject({ stage: 'acceleration', version: 2 });
    const [audit] = await moveAudits(p.id);
    expect(audit).toMatchObject({ reason, actorName: 'gate-admin' });
    expect((await api.project.get({ id: p.id })).stageMoves).toEqual([
      expect.objectContaining({ fromStage: 'maturity', toStage: 'acceleration', reason }),
    ]);
  });

  test('a refusal carries the gate, with its unfinished milestones, to the client as data.appError.detail', async () => {
    const p = await api.project.create(projectInput(unitId));
    const open = (await api.project.get({ id: p.id })).milestones.filter((m) => m.stage === 'maturity');
    const refused = await rejection(api.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 1 }));
    const shape = getErrorShape({
      config: appRouter._def._config,
      error: refused,
      type: 'mutation',
      path: 'project.move',
      input: undefined,
      ctx: undefined,
    });
    expect(shape.data.appError).toMatchObject({
      key: 'move.gateUnfinished',
      detail: {
        gate: {
          direction: 'forward',
          needsReason: true,
          unfinished: open.map((m) => ({ id: m.id, name: m.name, stage: 'maturity' })),
        },
      },
    });
    expect(shape.data.appError.detail).toEqual({
      gate: await api.project.stageGate({ id: p.id, toStage: 'acceleration' }),
    });
  });

  test('skipping a stage counts the unfinished milestones of both stages it leaves', async () => {
    const p = await api.project.create(projectInput(unitId));
    await finishStage(p.id, 'maturity');
    const accelerationOpen = (await api.project.get({ id: p.id })).milestones.filter((m) => m.stage === 'acceleration');
    const gate = await api.project.stageGate({ id: p.id, toStage: 'contribution' });
    expect(gate.leaving).toEqual(['maturity', 'acceleration']);
    expect(gate.unfinished.map((m) => m.name)).toEqual(accelerationOpen.map((m) => m.name));
    const refused = await rejection(api.project.move({ id: p.id, toStage: 'contribution', expectedVersion: 1 }));
    expect(refused.key).toBe('move.gateUnfinished');
  });

  test('backward always needs a reason, even with everything finished', async () => {
    const p = await api.project.create(projectInput(unitId, { stage: 'acceleration' }));
    await finishStage(p.id, 'maturity');
    await finishStage(p.id, 'acceleration');
    expect(await api.project.stageGate({ id: p.id, toStage: 'maturity' })).toMatchObject({
      direction: 'backward',
      needsReason: true,
    });
    const refused = await rejection(api.project.move({ id: p.id, toStage: 'maturity', expectedVersion: 1 }));
    expect({ code: refused.code, key: refused.key }).toEqual({
      code: 'PRECONDITION_FAILED',
      key: 'move.backwardReason',
    });

    const moved = await api.project.move({ id: p.id, toStage: 'maturity', expectedVersion: 1, reason: '撤销移动' });
    expect(moved.stage).toBe('maturity');
    expect((await moveAudits(p.id))[0]).toMatchObject({ reason: '撤销移动' });
  });

  test('forward with every milestone of the leaving stage finished needs no reason; nor does a move within a column', async () => {
    const p = await api.project.create(projectInput(unitId, { stage: 'acceleration' }));
    await finishStage(p.id, 'maturity');
    await finishStage(p.id, 'acceleration');
    expect(await api.project.stageGate({ id: p.id, toStage: 'contribution' })).toMatchObject({
      direction: 'forward',
      unfinished: [],
      needsReason: false,
    });
    const moved = await api.project.move({ id: p.id, toStage: 'contribution', expectedVersion: 1 });
    expect(moved.stage).toBe('contribution');
    expect((await moveAudits(p.id))[0]).toMatchObject({ reason: '' });

    const open = await api.project.create(projectInput(unitId));
    const within = await api.project.move({ id: open.id, toStage: 'maturity', position: 0, expectedVersion: 1 });
    expect(within.version).toBe(2);
  });

  test('a stale version is reported as a conflict before the gate speaks', async () => {
    const p = await api.project.create(projectInput(unitId));
    await api.project.update({ id: p.id, expectedVersion: 1, patch: { name: '他人先改' } });
    const refused = await rejection(api.project.move({ id: p.id, toStage: 'acceleration', expectedVersion: 1 }));
    expect(refused.code).toBe('CONFLICT');
  });
});
