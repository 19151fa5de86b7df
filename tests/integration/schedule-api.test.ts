import { beforeAll, describe, expect, test } from 'vitest';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';
import { rejection } from '../factories/refusal.js';

const TODAY = '2026-03-02'; // a Monday

describe.each(testDatabaseKinds)('reverse scheduling through the API on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let api: Caller;
  let unitId: number;

  beforeAll(async () => {
    api = suite.as(undefined, { today: TODAY });
    unitId = (await makeUnit(suite.db.prisma)).id;
  });

  const card = async (id: number) => (await api.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === id)!;

  test('a new project takes its type template, targets the last milestone and gets a light', async () => {
    const templates = await api.template.list();
    const industrial = templates.find((t) => t.projectType === 'industrial')!.milestones;
    const { id } = await api.project.create(
      projectInput(unitId, { projectType: 'industrial', targetDate: '2030-06-28' }),
    );
    const project = await api.project.get({ id });
    expect(project.milestones.map((m) => m.name)).toEqual(industrial.map((m) => m.name));
    expect(project.targetMilestoneId).toBe(project.milestones.at(-1)!.id);
    expect(project.schedule).toMatchObject({ light: 'green', done: 0, total: industrial.length, problem: null });
    // The first milestone (no predecessors) is what is due next, and it has time left.
    expect(project.schedule.next).toMatchObject({ id: project.milestones[0]!.id });
    expect(project.schedule.next!.workingDaysLeft).toBeGreaterThan(0);
    expect((await card(id)).schedule.next?.id).toBe(project.milestones[0]!.id);
  });

  test('a target that cannot be met turns the card red; a later target turns it green again', async () => {
    const created = await api.project.create(
      projectInput(unitId, { projectType: 'infrastructure', targetDate: '2026-04-30' }),
    );
    expect((await card(created.id)).schedule).toMatchObject({ light: 'red', isTargetMissed: true });
    await api.project.update({ id: created.id, expectedVersion: created.version, patch: { targetDate: '2031-12-31' } });
    expect((await card(created.id)).schedule).toMatchObject({ light: 'green', isTargetMissed: false });
  });

  test('marking a milestone done moves "next" on, records the date and bumps the version', async () => {
    const { id, version } = await api.project.create(projectInput(unitId, { targetDate: '2030-06-28' }));
    const before = await api.project.get({ id });
    const first = before.milestones[0]!;
    const saved = await api.milestone.update({
      id: first.id,
      expectedVersion: version,
      patch: { actualFinish: TODAY },
    });
    expect(saved.version).toBe(version + 1);
    const after = await api.project.get({ id });
    expect(after.milestones[0]).toMatchObject({ actualFinish: TODAY, schedule: { done: true, light: 'green' } });
    expect(after.schedule.done).toBe(1);
    expect(after.schedule.next!.id).not.toBe(first.id);

    await api.milestone.update({ id: first.id, expectedVersion: version + 1, patch: { actualFinish: null } });
    expect((await api.project.get({ id })).schedule.next!.id).toBe(first.id);
  });

  test('refuses future actual dates, finish before start, cycles, foreign predecessors and stale versions', async () => {
    const a = await api.project.create(projectInput(unitId, { targetDate: '2030-06-28' }));
    const b = await api.project.create(projectInput(unitId, { targetDate: '2030-06-28' }));
    const plan = (await api.project.get({ id: a.id })).milestones;
    const [first, second] = plan as [(typeof plan)[0], (typeof plan)[0]];
    const other = (await api.project.get({ id: b.id })).milestones[0]!;
    const v = a.version;

    const future = await rejection(
      api.milestone.update({ id: first.id, expectedVersion: v, patch: { actualFinish: '2026-03-03' } }),
    );
    expect(future.message).toContain('2026-03-03');
    const backwards = await rejection(
      api.milestone.update({
        id: first.id,
        expectedVersion: v,
        patch: { actualStart: '2026-02-20', actualFinish: '2026-02-10' },
      }),
    );
    expect(backwards.code).toBe('BAD_REQUEST');
    const cycle = await rejection(
      api.milestone.update({ id: first.id, expectedVersion: v, patch: { dependsOn: [second.id] } }),
    );
    expect(cycle.message).toMatch(/circle/);
    expect(cycle.message).toContain(first.name);
    const foreign = await rejection(
      api.milestone.update({ id: first.id, expectedVersion: v, patch: { dependsOn: [other.id] } }),
    );
    expect(foreign.message).toContain(String(other.id));
    const badDuration = await rejection(
      api.milestone.update({ id: first.id, expectedVersion: v, patch: { durationDays: -1 } }),
    );
    expect(badDuration.code).toBe('BAD_REQUEST');

    const unchanged = await api.project.get({ id: a.id });
    expect(unchanged.version).toBe(v);
    expect(unchanged.milestones[0]).toMatchObject({ actualStart: null, actualFinish: null, dependsOn: [] });

    await api.milestone.update({ id: second.id, expectedVersion: v, patch: { durationDays: 3 } });
    const stale = await rejection(
      api.milestone.update({ id: first.id, expectedVersion: v, patch: { durationDays: 3 } }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain(a.code);
  });

  test('with an earlier target milestone, the milestones after it have no deadline yet', async () => {
    const created = await api.project.create(projectInput(unitId, { targetDate: '2028-06-30' }));
    const { milestones } = await api.project.get({ id: created.id });
    const start = milestones.find((m) => m.name === '开工建设')!;
    await api.project.update({
      id: created.id,
      expectedVersion: created.version,
      patch: { targetMilestoneId: start.id },
    });
    const project = await api.project.get({ id: created.id });
    const after = project.milestones.filter((m) => m.seq > start.seq);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.schedule === null)).toBe(true);
    expect(project.milestones.find((m) => m.id === start.id)!.schedule!.latestFinish <= '2028-06-30').toBe(true);
  });
});
