import { beforeAll, describe, expect, test } from 'vitest';
import type { ZodError } from 'zod';
import { chinaCalendar } from '../../server/domain/china-calendar.js';
import type { AppError } from '../../server/services/shared/app-error.js';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';
import { rejection } from '../factories/refusal.js';

const TODAY = '2026-06-01';

/** The next working day after `date` on the official calendar. */
function nextWorkingDay(date: string): string {
  const official = chinaCalendar();
  let day = Date.parse(`${date}T00:00:00Z`);
  do day += 86_400_000;
  while (!official.isWorkingDay(new Date(day).toISOString().slice(0, 10)));
  return new Date(day).toISOString().slice(0, 10);
}

describe.each(testDatabaseKinds)('calendar and template API on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let api: Caller;
  let unitId: number;

  beforeAll(async () => {
    api = suite.as(undefined, { today: TODAY });
    unitId = (await makeUnit(suite.db.prisma, '区发改局')).id;
  });

  async function cardOf(id: number) {
    const board = await api.board.get();
    return board.columns.flatMap((column) => column.cards).find((card) => card.id === id)!;
  }

  test('a local holiday on a working day moves deadlines earlier on the board; removing it restores them', async () => {
    const project = await api.project.create(
      projectInput(unitId, { projectType: 'industrial', targetDate: '2028-06-30' }),
    );
    const before = (await cardOf(project.id)).schedule;
    const next = before.next!;
    expect(next.workingDaysLeft).toBeGreaterThan(0);
    const detailBefore = await api.project.get({ id: project.id });

    // A day off after the next deadline: every latest date before it moves back one working day.
    const holiday = nextWorkingDay(next.latestFinish);
    expect(holiday < '2028-06-30').toBe(true);
    await api.calendar.set({ date: holiday, kind: 'holiday', note: '区运动会' });
    expect(await api.calendar.list()).toEqual([{ date: holiday, kind: 'holiday', note: '区运动会' }]);

    const during = (await cardOf(project.id)).schedule;
    expect(during.next!.id).toBe(next.id);
    expect(during.next!.latestFinish < next.latestFinish).toBe(true);
    expect(during.next!.workingDaysLeft).toBe(next.workingDaysLeft - 1);
    const detailDuring = await api.project.get({ id: project.id });
    const first = detailBefore.milestones[0]!;
    expect(detailDuring.milestones[0]!.schedule!.latestStart < first.schedule!.latestStart).toBe(true);

    await api.calendar.remove({ date: holiday });
    expect(await api.calendar.list()).toEqual([]);
    expect((await cardOf(project.id)).schedule).toEqual(before);
  });

  test('a local working day on a weekend gives a deadline one more working day', async () => {
    const project = await api.project.create(
      projectInput(unitId, { projectType: 'industrial', targetDate: '2028-06-30' }),
    );
    const before = (await cardOf(project.id)).schedule.next!;
    await api.calendar.set({ date: '2026-06-06', kind: 'workday', note: '' }); // a Saturday
    expect((await cardOf(project.id)).schedule.next!.workingDaysLeft).toBe(before.workingDaysLeft + 1);
    await api.calendar.remove({ date: '2026-06-06' });
  });

  test('calendar.remove of a date without a local change is NOT_FOUND; bad days are BAD_REQUEST', async () => {
    const missing = await rejection(api.calendar.remove({ date: '2026-07-01' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect((missing.cause as AppError).key).toBe('calendar.dayNotFound');

    const bad = await rejection(api.calendar.set({ date: '2026-02-30', kind: 'holiday', note: '' }));
    expect(bad.code).toBe('BAD_REQUEST');
    const wrongKind = await rejection(api.calendar.set({ date: '2026-07-01', kind: 'weekend' as 'holiday', note: '' }));
    expect(wrongKind.code).toBe('BAD_REQUEST');
  });

  test('template.update refuses a cycle and leaves the template as it was', async () => {
    const before = await api.template.list();
    const industrial = before.find((t) => t.projectType === 'industrial')!.milestones;
    const milestones = industrial.map(({ name, stage, durationDays, dependsOnSeqs }, seq) => ({
      name,
      stage,
      durationDays,
      // The first milestone waits on the last, which waits on it through the chain.
      dependsOnSeqs: seq === 0 ? [industrial.length - 1] : dependsOnSeqs,
    }));
    const error = await rejection(
      api.template.update({ projectType: 'industrial', milestones, targetSeq: industrial.length - 1 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect((error.cause as AppError).key).toBe('plan.cycle');
    expect((error.cause as AppError).params.names).toContain(industrial[0]!.name);
    expect(await api.template.list()).toEqual(before);
  });

  test('template.update refuses a negative duration, an empty name and a target outside the plan', async () => {
    const before = await api.template.list();
    const step = { name: '立项', stage: 'maturity' as const, durationDays: 5, dependsOnSeqs: [] };
    const cases = [
      [{ ...step, durationDays: -1 }, 'validation.duration'],
      [{ ...step, durationDays: 2.5 }, 'validation.duration'],
      [{ ...step, name: '   ' }, 'validation.required'],
    ] as const;
    for (const [milestone, message] of cases) {
      const error = await rejection(
        api.template.update({ projectType: 'publicService', milestones: [milestone], targetSeq: 0 }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as ZodError).issues[0]?.message).toBe(message);
    }
    const target = await rejection(
      api.template.update({ projectType: 'publicService', milestones: [step], targetSeq: 1 }),
    );
    expect(target.code).toBe('BAD_REQUEST');
    const empty = await rejection(api.template.update({ projectType: 'publicService', milestones: [], targetSeq: 0 }));
    expect(empty.code).toBe('BAD_REQUEST');
    expect(await api.template.list()).toEqual(before);
  });

  test('a project created after a template change gets the new milestones and target; older ones keep theirs', async () => {
    const older = await api.project.create(projectInput(unitId, { projectType: 'infrastructure' }));
    const olderMilestones = (await api.project.get({ id: older.id })).milestones.map((m) => m.name);

    const saved = await api.template.update({
      projectType: 'infrastructure',
      milestones: [
        { name: '可研批复', stage: 'maturity', durationDays: 20, dependsOnSeqs: [] },
        { name: '施工许可', stage: 'maturity', durationDays: 10, dependsOnSeqs: [0] },
        { name: '开工建设', stage: 'acceleration', durationDays: 5, dependsOnSeqs: [1] },
        { name: '竣工验收', stage: 'acceleration', durationDays: 200, dependsOnSeqs: [2, 0] },
      ],
      targetSeq: 2,
    });
    expect(saved.map((m) => [m.seq, m.name, m.dependsOnSeqs, m.isTarget])).toEqual([
      [0, '可研批复', [], false],
      [1, '施工许可', [0], false],
      [2, '开工建设', [1], true],
      [3, '竣工验收', [2, 0], false],
    ]);

    const created = await api.project.create(projectInput(unitId, { projectType: 'infrastructure' }));
    const detail = await api.project.get({ id: created.id });
    const byName = new Map(detail.milestones.map((m) => [m.name, m]));
    expect(detail.milestones.map((m) => [m.name, m.stage, m.durationDays])).toEqual([
      ['可研批复', 'maturity', 20],
      ['施工许可', 'maturity', 10],
      ['开工建设', 'acceleration', 5],
      ['竣工验收', 'acceleration', 200],
    ]);
    expect(byName.get('施工许可')!.dependsOn).toEqual([byName.get('可研批复')!.id]);
    expect([...byName.get('竣工验收')!.dependsOn].sort()).toEqual(
      [byName.get('开工建设')!.id, byName.get('可研批复')!.id].sort(),
    );
    expect(detail.targetMilestoneId).toBe(byName.get('开工建设')!.id);
    // Milestones after the target have no deadline yet.
    expect(byName.get('竣工验收')!.schedule).toBeNull();

    expect((await api.project.get({ id: older.id })).milestones.map((m) => m.name)).toEqual(olderMilestones);
  });

  test('editors and viewers read the calendar and templates but may not change them', async () => {
    const templates = await api.template.list();
    const industrial = templates.find((t) => t.projectType === 'industrial')!;
    const update = {
      projectType: 'industrial' as const,
      milestones: industrial.milestones.map(({ name, stage, durationDays, dependsOnSeqs }) => ({
        name,
        stage,
        durationDays,
        dependsOnSeqs,
      })),
      targetSeq: 0,
    };
    const cases = [
      ['editor', 'auth.forbidden.adminOnly'],
      ['viewer', 'auth.forbidden.viewer'],
    ] as const;
    for (const [role, key] of cases) {
      const actor = await suite.user(role, { unitIds: role === 'editor' ? [unitId] : [] });
      const other = suite.as(actor, { today: TODAY });
      expect(await other.calendar.list()).toEqual([]);
      expect(await other.template.list()).toEqual(templates);
      for (const refused of [
        other.calendar.set({ date: '2026-07-01', kind: 'holiday', note: '' }),
        other.template.update(update),
      ]) {
        const error = await rejection(refused);
        expect(error.code).toBe('FORBIDDEN');
        expect((error.cause as AppError).key).toBe(key);
      }
    }
    expect(await api.calendar.list()).toEqual([]);
    expect(await api.template.list()).toEqual(templates);
  });
});
