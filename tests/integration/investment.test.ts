import { beforeAll, describe, expect, test } from 'vitest';
import { actionLabel, summarizeAudit, summaryText } from '../../server/domain/audit-labels.js';
import type { Actor } from '../../server/domain/permissions.js';
import { fileInvestmentReminders } from '../../server/services/investment/file-investment-reminders.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

// 3 December 2026: January to November have ended, so 序时进度 is 11/12 ≈ 91.7 %, and November is the
// month being reported (due on 5 December by default).
const TODAY = '2026-12-03';

describe.each(testDatabaseKinds)('monthly investment on %s', (kind) => {
  const suite = useTestDatabase(kind, { withTemplates: false });
  let admin: Actor;
  let viewer: Actor;
  const as = (actor: Actor, today = TODAY) => suite.as(actor, { today });

  beforeAll(async () => {
    admin = await suite.user('admin');
    viewer = await suite.user('viewer');
  });

  /** A unit with its own editor and a project planning `plan` 万元 this year. */
  async function unitWithProject(plan = '1200.00') {
    const unit = await makeUnit(suite.db.prisma);
    const editor = await suite.user('editor', { unitIds: [unit.id] });
    const { id } = await as(admin).project.create(projectInput(unit.id, { plannedInvestment: plan }));
    return { unit, editor, projectId: id };
  }

  async function cardInvestment(projectId: number, today = TODAY) {
    const board = await as(viewer, today).board.get();
    const card = board.columns.flatMap((column) => column.cards).find((c) => c.id === projectId);
    return card?.investment;
  }

  /** Reports `amounts` for the months from `first` on. */
  async function reportMonths(actor: Actor, projectId: number, year: number, amounts: string[], first = 1) {
    for (const [index, amount] of amounts.entries()) {
      await as(actor).investment.report({ projectId, year, month: first + index, amount, comment: '按月统计' });
    }
  }

  const trace = async () => ({
    reports: await suite.db.prisma.investmentReport.count(),
    audit: await suite.db.prisma.auditEntry.count(),
    events: await suite.db.prisma.boardEvent.count(),
  });

  test('序时进度 and the light follow the reports: red 41.7 points behind, yellow 16.7, green 8.3', async () => {
    const { editor, projectId } = await unitWithProject('1200.00');
    expect(await cardInvestment(projectId)).toEqual({
      light: 'red',
      completedPercent: 0,
      elapsedPercent: 91.7,
      behindPoints: 91.7,
    });

    await reportMonths(editor, projectId, 2026, Array(6).fill('100')); // 600 of 1200: 50 %
    expect(await cardInvestment(projectId)).toMatchObject({ light: 'red', completedPercent: 50, behindPoints: 41.7 });

    await reportMonths(editor, projectId, 2026, ['100', '100', '100'], 7); // 75 %
    expect(await cardInvestment(projectId)).toMatchObject({
      light: 'yellow',
      completedPercent: 75,
      behindPoints: 16.7,
    });

    // A board kept by the server (one read model) hears the report as a change to the project.
    const kept = suite.as(viewer, { today: TODAY });
    const keptCard = async () =>
      (await kept.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === projectId)?.investment;
    expect(await keptCard()).toMatchObject({ light: 'yellow' });
    await as(editor).investment.report({ projectId, year: 2026, month: 10, amount: '100.00', comment: '' }); // 83.3 %
    expect(await keptCard()).toMatchObject({ light: 'green', completedPercent: 83.3, behindPoints: 8.3 });
    expect(await cardInvestment(projectId)).toMatchObject({
      light: 'green',
      completedPercent: 83.3,
      behindPoints: 8.3,
    });

    const page = await as(viewer).investment.forProject({ projectId });
    expect(page.year).toBe(2026);
    expect(page.reporting).toEqual({ year: 2026, month: 11 });
    expect(page.progress).toMatchObject({ plan: 1200, completed: 1000, light: 'green' });
    expect(page.yearTotal).toBe('1000.00');
    expect(page.months[0]).toMatchObject({
      month: 1,
      isLocked: false,
      isFuture: false,
      report: { amount: '100.00', comment: '按月统计', reportedByName: editor.displayName, version: 1 },
    });
    expect(page.months[10]).toMatchObject({ month: 11, report: null, isFuture: false });
    expect(page.months[11]).toMatchObject({ month: 12, report: null, isFuture: false });
  });

  test('at the year boundary January has no month ended: no light, and December is reported into last year', async () => {
    const { editor, projectId } = await unitWithProject('1200.00');
    await reportMonths(editor, projectId, 2026, Array(11).fill('50')); // 550 of 1200 in 2026: red by December
    expect(await cardInvestment(projectId)).toMatchObject({ light: 'red' });

    const january = '2027-01-04';
    expect(await cardInvestment(projectId, january)).toEqual({
      light: null,
      completedPercent: 0,
      elapsedPercent: 0,
      behindPoints: 0,
    });
    await as(editor, january).investment.report({
      projectId,
      year: 2026,
      month: 12,
      amount: '650',
      comment: '年底冲刺',
    });
    const page = await as(editor, january).investment.forProject({ projectId });
    expect(page.reporting).toEqual({ year: 2026, month: 12 });
    expect(page.year).toBe(2026);
    expect(page.yearTotal).toBe('1200.00');
    expect(page.months[11]?.report).toMatchObject({ amount: '650.00', comment: '年底冲刺' });
    // December counts for 2026, not for 2027's progress.
    expect(page.progress).toMatchObject({ completed: 0, light: null });

    const future = await rejection(
      as(editor, january).investment.report({ projectId, year: 2027, month: 2, amount: '1', comment: '' }),
    );
    expect(future.key).toBe('investment.futureMonth');
  });

  test('a locked month refuses reports; an admin corrects it with a reason, audited with old and new amount', async () => {
    const { editor, projectId } = await unitWithProject('2400.00');
    await as(editor).investment.report({ projectId, year: 2026, month: 11, amount: '200', comment: '初报' });

    const notEnded = await rejection(as(admin).investment.lock({ year: 2026, month: 12 }));
    expect(notEnded.key).toBe('investment.monthNotEnded');
    await as(admin).investment.lock({ year: 2026, month: 11 });
    expect((await rejection(as(admin).investment.lock({ year: 2026, month: 11 }))).key).toBe(
      'investment.alreadyLocked',
    );

    const before = await trace();
    const locked = await rejection(
      as(editor).investment.report({
        projectId,
        year: 2026,
        month: 11,
        amount: '260',
        comment: '补报',
        expectedVersion: 1,
      }),
    );
    expect(locked.key).toBe('investment.locked');
    expect(locked.message).toContain('ask an administrator');
    const editorCorrects = await rejection(
      as(editor).investment.correct({ projectId, year: 2026, month: 11, amount: '260', reason: '统计口径调整' }),
    );
    expect(editorCorrects.key).toBe('auth.forbidden.adminOnly');
    const noReason = await rejection(
      as(admin).investment.correct({
        projectId,
        year: 2026,
        month: 11,
        amount: '260',
        reason: '  ',
        expectedVersion: 1,
      }),
    );
    expect(JSON.stringify(noReason.cause)).toContain('investment.reasonRequired');
    expect(await trace()).toEqual(before);

    const corrected = await as(admin).investment.correct({
      projectId,
      year: 2026,
      month: 11,
      amount: '260.5',
      comment: '初报',
      reason: '统计局核定数',
      expectedVersion: 1,
    });
    expect(corrected).toMatchObject({ amount: '260.50', version: 2, isLocked: true });
    const entry = await suite.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'project', entityId: String(projectId), action: 'correctInvestment' },
    });
    expect(entry).toMatchObject({
      reason: '统计局核定数',
      before: { month: '2026-11', investmentAmount: '200.00', investmentComment: '初报' },
      after: { month: '2026-11', investmentAmount: '260.50', investmentComment: '初报' },
    });
    const history = await as(viewer).audit.forProject({ entityId: String(projectId) });
    const latest = history.entries[0]!;
    expect(actionLabel(latest.action, latest.entityType, 'zh')).toBe('更正月度投资');
    expect(summaryText(summarizeAudit(latest, {}, 'zh'), 'zh')).toBe(
      '2026 年 11 月；当月完成投资：200 万元 → 260.50 万元',
    );
    expect(summaryText(summarizeAudit(latest, {}, 'en'), 'en')).toBe(
      '11/2026; Investment completed in the month: 200 (10k CNY) → 260.50 (10k CNY)',
    );

    // Unlocking is audited too, and the month takes reports again.
    await as(admin).investment.unlock({ year: 2026, month: 11 });
    const lockLog = await suite.db.prisma.auditEntry.findMany({
      where: { entityType: 'investmentMonth', entityId: '2026-11' },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(lockLog.map((row) => row.action)).toEqual(['lock', 'unlock']);
    await as(editor).investment.report({
      projectId,
      year: 2026,
      month: 11,
      amount: '270',
      comment: '',
      expectedVersion: 2,
    });
    expect((await rejection(as(admin).investment.unlock({ year: 2026, month: 11 }))).key).toBe('investment.notLocked');
  });

  test('a viewer and an editor of another unit cannot report; a stale form is refused naming who saved', async () => {
    const { editor, projectId } = await unitWithProject();
    const other = await unitWithProject();
    const before = await trace();
    const byViewer = await rejection(
      as(viewer).investment.report({ projectId, year: 2026, month: 11, amount: '10', comment: '' }),
    );
    expect(byViewer.key).toBe('auth.forbidden.viewer');
    const byOutsider = await rejection(
      as(other.editor).investment.report({ projectId, year: 2026, month: 11, amount: '10', comment: '' }),
    );
    expect(byOutsider.key).toBe('auth.forbidden.unit');
    const badAmount = await rejection(
      as(editor).investment.report({ projectId, year: 2026, month: 11, amount: '-1.005', comment: '' }),
    );
    expect(JSON.stringify(badAmount.cause)).toContain('validation.amount');
    expect(await trace()).toEqual(before);

    await as(editor).investment.report({ projectId, year: 2026, month: 11, amount: '10', comment: '' });
    const stale = await rejection(
      as(admin).investment.report({ projectId, year: 2026, month: 11, amount: '12', comment: '' }),
    );
    expect(stale.key).toBe('investment.conflictBy');
    expect(stale.message).toContain(editor.displayName);
  });

  test('settings: yellow below red; new thresholds re-light every card', async () => {
    const { editor, projectId } = await unitWithProject('1200.00');
    await reportMonths(editor, projectId, 2026, Array(9).fill('100')); // 75 %: 16.7 behind, yellow
    expect(await cardInvestment(projectId)).toMatchObject({ light: 'yellow' });

    const inverted = await rejection(
      as(admin).investment.updateSettings({
        yellowBehindPoints: 30,
        redBehindPoints: 30,
        reportDueDay: 5,
        reminderWorkingDays: 3,
      }),
    );
    expect(JSON.stringify(inverted.cause)).toContain('investment.thresholdOrder');
    const byEditor = await rejection(
      as(editor).investment.updateSettings({
        yellowBehindPoints: 5,
        redBehindPoints: 15,
        reportDueDay: 5,
        reminderWorkingDays: 3,
      }),
    );
    expect(byEditor.key).toBe('auth.forbidden.adminOnly');

    const board = suite.as(viewer, { today: TODAY });
    expect(
      (await board.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === projectId)?.investment,
    ).toMatchObject({ light: 'yellow' });
    await as(admin).investment.updateSettings({
      yellowBehindPoints: 5,
      redBehindPoints: 15,
      reportDueDay: 5,
      reminderWorkingDays: 3,
    });
    // The same read model (as a server keeps it) hears the change and re-lights the card.
    expect(
      (await board.board.get()).columns.flatMap((c) => c.cards).find((c) => c.id === projectId)?.investment,
    ).toMatchObject({ light: 'red' });
    expect(await as(viewer).investment.settings()).toEqual({
      yellowBehindPoints: 5,
      redBehindPoints: 15,
      reportDueDay: 5,
      reminderWorkingDays: 3,
    });
    const audit = await suite.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'investmentSettings' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({
      before: { yellowBehindPoints: 10, redBehindPoints: 30 },
      after: { yellowBehindPoints: 5, redBehindPoints: 15 },
    });
    await as(admin).investment.updateSettings({
      yellowBehindPoints: 10,
      redBehindPoints: 30,
      reportDueDay: 5,
      reminderWorkingDays: 3,
    });
  });

  test("a unit's unreported list, every unit's count, and the reminder that comes once", async () => {
    const { unit, editor, projectId } = await unitWithProject();
    const { id: second } = await as(admin).project.create(projectInput(unit.id));
    // No plan this year: nothing to report, so it is on no list.
    await as(admin).project.create(projectInput(unit.id, { plannedInvestment: '0.00' }));
    const colleague = await suite.user('editor', { unitIds: [unit.id] });
    const done = await unitWithProject();
    await as(done.editor).investment.report({
      projectId: done.projectId,
      year: 2026,
      month: 11,
      amount: '1',
      comment: '',
    });
    await as(editor).investment.report({ projectId, year: 2026, month: 11, amount: '5', comment: '' });

    // Wednesday 2 December: the November report is due Saturday 5 December, two working days away.
    const wednesday = '2026-12-02';
    const list = await as(viewer, wednesday).investment.unreported({ unitId: unit.id });
    expect(list).toMatchObject({ period: { year: 2026, month: 11 }, dueDate: '2026-12-05', lock: null });
    expect(list.projects.map((p) => p.id)).toEqual([second]);
    const overview = await as(admin, wednesday).investment.overview();
    expect(overview.units.find((u) => u.id === unit.id)).toMatchObject({ projectCount: 2, unreportedCount: 1 });
    expect(overview.units.find((u) => u.id === done.unit.id)).toMatchObject({ unreportedCount: 0 });
    expect((await rejection(as(editor, wednesday).investment.overview())).key).toBe('auth.forbidden.adminOnly');

    // Too early in November's reporting window: 20 November is for October, due 5 November, long past.
    expect(await fileInvestmentReminders({ prisma: suite.db.prisma, today: '2026-11-20' })).toBe(0);
    await fileInvestmentReminders({ prisma: suite.db.prisma, today: wednesday });
    await fileInvestmentReminders({ prisma: suite.db.prisma, today: '2026-12-03' });
    const reminders = async (actor: Actor) =>
      (await as(actor, wednesday).notification.list({})).items.filter((n) => n.kind === 'investment.reminder');
    for (const person of [editor, colleague]) {
      const mine = await reminders(person);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        params: { unitId: unit.id, unit: unit.name, period: '2026-11', dueDate: '2026-12-05', count: 1 },
      });
    }
    expect(await reminders(done.editor)).toEqual([]);
    expect(await reminders(viewer)).toEqual([]);
  });
});
