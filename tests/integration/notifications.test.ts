import { beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../server/domain/permissions.js';
import { fileOverdueNotices, startOverdueSweep } from '../../server/services/notifications/file-overdue-notices.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const TODAY = '2026-03-02';

describe.each(testDatabaseKinds)('notifications on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Actor;
  let otherAdmin: Actor;
  let editor: Actor; // liaison of the project's unit
  let colleague: Actor; // a second member of the project's unit
  let liaison: Actor; // liaison of the unit responsible for clearing
  let disabled: Actor; // a former member of the responsible unit, disabled
  let outsider: Actor; // liaison of a third unit
  let viewer: Actor;
  let ownerUnit: { id: number; name: string };
  let responsibleUnit: { id: number; name: string };

  const as = (actor: Actor, today = TODAY) => suite.as(actor, { today });

  /** Who got a notice of this kind about this blocker, by user id. */
  async function recipients(blockerId: number, noticeKind: string): Promise<number[]> {
    const rows = await suite.db.prisma.notification.findMany({
      where: { blockerId, kind: noticeKind },
      orderBy: { userId: 'asc' },
      select: { userId: true },
    });
    return rows.map((row) => row.userId);
  }
  const ids = (...actors: Actor[]) => actors.map((actor) => actor.id).sort((a, b) => a - b);

  async function newProject(): Promise<{ id: number; code: string; name: string }> {
    const input = projectInput(ownerUnit.id, { targetDate: '2031-12-29' });
    const { id } = await as(admin).project.create(input);
    return { id, code: input.code, name: input.name };
  }

  async function raise(by: Actor, projectId: number, overrides: Record<string, unknown> = {}, today = TODAY) {
    return as(by, today).blocker.raise({
      projectId,
      category: 'land',
      description: '用地指标未下达',
      responsibleUnitId: responsibleUnit.id,
      targetDate: '2026-03-12',
      ...overrides,
    });
  }

  beforeAll(async () => {
    ownerUnit = await makeUnit(suite.db.prisma, '明水街道（通知测试）');
    responsibleUnit = await makeUnit(suite.db.prisma, '区自然资源局（通知测试）');
    const thirdUnit = await makeUnit(suite.db.prisma);
    admin = await suite.user('admin');
    otherAdmin = await suite.user('admin');
    editor = await suite.user('editor', { unitIds: [ownerUnit.id] });
    colleague = await suite.user('editor', { unitIds: [ownerUnit.id] });
    liaison = await suite.user('editor', { unitIds: [responsibleUnit.id] });
    disabled = await suite.user('editor', { unitIds: [responsibleUnit.id] });
    await suite.db.prisma.user.update({ where: { id: disabled.id }, data: { isDisabled: true } });
    outsider = await suite.user('editor', { unitIds: [thirdUnit.id] });
    viewer = await suite.user('viewer');
  });

  test('raising a blocker tells both units’ members, not the one who raised it, not admins or others', async () => {
    const project = await newProject();
    const raised = await raise(editor, project.id);
    expect(await recipients(raised.id, 'blocker.raised')).toEqual(ids(colleague, liaison));

    const { items, unreadCount } = await as(liaison).notification.list();
    const notice = items.find((item) => item.blockerId === raised.id)!;
    expect(notice).toMatchObject({
      kind: 'blocker.raised',
      projectId: project.id,
      actorName: editor.displayName,
      createdOn: TODAY,
      isRead: false,
      params: {
        projectCode: project.code,
        projectName: project.name,
        category: 'land',
        level: 'department',
        status: 'open',
        responsibleUnit: responsibleUnit.name,
        targetDate: '2026-03-12',
        note: '',
      },
    });
    expect(unreadCount).toBeGreaterThanOrEqual(1);
    for (const person of [editor, outsider, viewer, admin]) {
      const theirs = await as(person).notification.list();
      expect(theirs.items.filter((item) => item.blockerId === raised.id)).toEqual([]);
    }

    // An admin raising it: both units hear of it, the admin does not.
    const byAdmin = await raise(admin, project.id, { category: 'funding' });
    expect(await recipients(byAdmin.id, 'blocker.raised')).toEqual(ids(editor, colleague, liaison));
  });

  test('escalation tells the admins too, with the level and the note; clearing, withdrawing and reopening tell the units', async () => {
    const project = await newProject();
    const raised = await raise(editor, project.id);
    const escalated = await as(editor).blocker.escalate({
      id: raised.id,
      expectedVersion: raised.version,
      note: '请区领导协调用地指标',
    });
    expect(await recipients(raised.id, 'blocker.escalated')).toEqual(ids(admin, otherAdmin, colleague, liaison));
    const adminNotice = (await as(admin).notification.list()).items.find((item) => item.blockerId === raised.id)!;
    expect(adminNotice).toMatchObject({
      kind: 'blocker.escalated',
      params: { level: 'districtLeader', status: 'escalated', note: '请区领导协调用地指标' },
    });

    // An admin escalating: the other admin hears of it, the one who did it does not.
    const again = await as(admin).blocker.escalate({
      id: raised.id,
      expectedVersion: escalated.version,
      note: '报市级',
    });
    const cityNotices = await suite.db.prisma.notification.findMany({
      where: { blockerId: raised.id, kind: 'blocker.escalated', params: { path: ['level'], equals: 'city' } },
      select: { userId: true },
    });
    expect(cityNotices.map((row) => row.userId).sort((a, b) => a - b)).toEqual(
      ids(otherAdmin, editor, colleague, liaison),
    );

    const cleared = await as(liaison).blocker.clear({
      id: raised.id,
      expectedVersion: again.version,
      resolution: '指标已下达',
    });
    expect(await recipients(raised.id, 'blocker.cleared')).toEqual(ids(editor, colleague));
    const clearNotice = (await as(editor).notification.list()).items.find(
      (item) => item.blockerId === raised.id && item.kind === 'blocker.cleared',
    );
    expect(clearNotice).toMatchObject({ actorName: liaison.displayName, params: { note: '指标已下达' } });

    const reopened = await as(editor).blocker.reopen({
      id: raised.id,
      expectedVersion: cleared.version,
      reason: '指标被收回',
      targetDate: '2026-03-20',
    });
    expect(await recipients(raised.id, 'blocker.reopened')).toEqual(ids(colleague, liaison));
    await as(editor).blocker.withdraw({ id: raised.id, expectedVersion: reopened.version, reason: '重复提出' });
    expect(await recipients(raised.id, 'blocker.withdrawn')).toEqual(ids(colleague, liaison));
    // Nobody disabled ever got one.
    expect(await suite.db.prisma.notification.count({ where: { userId: disabled.id } })).toBe(0);
  });

  test('a refused step notifies nobody', async () => {
    const project = await newProject();
    const before = await suite.db.prisma.notification.count();
    await expect(raise(outsider, project.id)).rejects.toThrow();
    const raised = await raise(editor, project.id);
    const afterRaise = await suite.db.prisma.notification.count();
    expect(afterRaise).toBe(before + 2);
    await expect(
      as(editor).blocker.escalate({ id: raised.id, expectedVersion: raised.version + 5, note: '过期版本' }),
    ).rejects.toThrow();
    expect(await suite.db.prisma.notification.count()).toBe(afterRaise);
  });

  test('an overdue blocker is filed by the sweep once per target date, to its units, and not once cleared', async () => {
    const project = await newProject();
    const late = await raise(editor, project.id, { targetDate: '2026-03-04' });
    const solved = await raise(editor, project.id, { targetDate: '2026-03-04', category: 'funding' });
    await as(liaison).blocker.clear({ id: solved.id, expectedVersion: solved.version, resolution: '资金已到位' });

    const laterDay = '2026-03-06';
    const sweep = (today: string) => fileOverdueNotices({ prisma: suite.db.prisma, today });
    const overdueOf = async (actor: Actor, blockerId: number) =>
      (await as(actor, laterDay).notification.list()).items.filter(
        (item) => item.kind === 'blocker.overdue' && item.blockerId === blockerId,
      );

    // On the target date itself it is not yet late.
    await sweep('2026-03-04');
    expect(await recipients(late.id, 'blocker.overdue')).toEqual([]);
    // Reading notifications a day later writes nothing: only the sweep files notices.
    expect(await overdueOf(liaison, late.id)).toEqual([]);
    expect(await recipients(late.id, 'blocker.overdue')).toEqual([]);

    // The server's sweep runs once as it starts, then on its timer.
    const server = startOverdueSweep({ prisma: suite.db.prisma, today: () => laterDay });
    await server.stop();
    expect(await overdueOf(liaison, late.id)).toMatchObject([
      { createdOn: laterDay, isRead: false, params: { targetDate: '2026-03-04', projectCode: project.code } },
    ]);
    expect(await recipients(solved.id, 'blocker.overdue')).toEqual([]);
    // Both units hear of it; other units and admins do not.
    expect(await recipients(late.id, 'blocker.overdue')).toEqual(ids(editor, colleague, liaison));
    expect(await overdueOf(outsider, late.id)).toEqual([]);
    expect(await overdueOf(admin, late.id)).toEqual([]);
    // Later sweeps, several at once as from several servers, do not make another.
    await Promise.all([sweep('2026-03-07'), sweep('2026-03-07'), sweep('2026-03-07')]);
    expect(await overdueOf(liaison, late.id)).toHaveLength(1);

    // A new target date (an escalation gave it more time), missed again: one more notice.
    const current = await suite.db.prisma.blocker.findUniqueOrThrow({
      where: { id: late.id },
      select: { version: true },
    });
    await as(editor, laterDay).blocker.escalate({
      id: late.id,
      expectedVersion: current.version,
      note: '延期',
      targetDate: '2026-03-10',
    });
    await sweep('2026-03-11');
    await sweep('2026-03-12');
    expect(await overdueOf(liaison, late.id)).toHaveLength(2);
  });

  test('read and unread: each person marks only their own notices', async () => {
    const project = await newProject();
    const raised = await raise(admin, project.id);
    const editorNotice = (await as(editor).notification.list()).items.find((item) => item.blockerId === raised.id)!;
    const liaisonNotice = (await as(liaison).notification.list()).items.find((item) => item.blockerId === raised.id)!;
    const editorUnread = (await as(editor).notification.list()).unreadCount;

    // Someone else's id is passed over: nothing marked, the owner's notice stays unread.
    expect(await as(liaison).notification.markRead({ ids: [editorNotice.id] })).toMatchObject({ marked: 0 });
    expect(await as(outsider).notification.markAllRead()).toMatchObject({ unreadCount: 0 });
    let editorList = await as(editor).notification.list();
    expect(editorList.unreadCount).toBe(editorUnread);
    expect(editorList.items.find((item) => item.id === editorNotice.id)?.isRead).toBe(false);
    // Nor can anyone read another's list: it is always the caller's own.
    expect((await as(liaison).notification.list()).items.map((item) => item.id)).not.toContain(editorNotice.id);

    const marked = await as(editor).notification.markRead({ ids: [editorNotice.id] });
    expect(marked).toEqual({ marked: 1, unreadCount: editorUnread - 1 });
    editorList = await as(editor).notification.list();
    expect(editorList.items.find((item) => item.id === editorNotice.id)?.isRead).toBe(true);
    expect((await as(editor).notification.list({ unreadOnly: true })).items.map((item) => item.id)).not.toContain(
      editorNotice.id,
    );

    // markAllRead clears the caller's count and leaves others' notices unread.
    expect(await as(editor).notification.markAllRead()).toMatchObject({ unreadCount: 0 });
    const liaisonList = await as(liaison).notification.list();
    expect(liaisonList.items.find((item) => item.id === liaisonNotice.id)?.isRead).toBe(false);
    expect(liaisonList.unreadCount).toBeGreaterThan(0);

    await expect(suite.as(null).notification.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  test('the list comes newest first, a page at a time', async () => {
    const project = await newProject();
    const raisedIds: number[] = [];
    for (let n = 0; n < 22; n++) raisedIds.push((await raise(admin, project.id, { description: `难题${n}` })).id);
    const first = await as(colleague).notification.list();
    expect(first.items).toHaveLength(20);
    expect(first.items.slice(0, 3).map((item) => item.blockerId)).toEqual(raisedIds.slice(-3).reverse());
    expect(first.nextCursor).not.toBeNull();
    const second = await as(colleague).notification.list({ cursor: first.nextCursor! });
    const all = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  test('the digest groups a day’s notices by step and lists what is overdue and what falls due within a week', async () => {
    const project = await newProject();
    const day = '2026-04-01';
    const other = '2026-04-02';
    const a = await raise(editor, project.id, { targetDate: '2026-04-03' }, day);
    const b = await raise(editor, project.id, { targetDate: '2026-04-20', category: 'approvals' }, day);
    await as(editor, day).blocker.escalate({ id: b.id, expectedVersion: b.version, note: '请区领导协调' });
    const c = await raise(editor, project.id, { targetDate: '2026-04-01', category: 'funding' }, day);
    const cleared = await raise(editor, project.id, { targetDate: '2026-04-05', category: 'other' }, day);
    await as(liaison, day).blocker.clear({ id: cleared.id, expectedVersion: cleared.version, resolution: '已解决' });
    await raise(editor, project.id, { targetDate: '2026-04-30', category: 'environment' }, other);

    const digest = await as(liaison, other).notification.digest({ date: day });
    expect(digest).toMatchObject({ date: day, today: other });
    const blockersOf = (kind: keyof typeof digest.groups) => digest.groups[kind].map((item) => item.blockerId);
    expect(blockersOf('blocker.raised')).toEqual([cleared.id, c.id, b.id, a.id]);
    expect(blockersOf('blocker.escalated')).toEqual([b.id]);
    // The liaison cleared it: they are not told of their own step.
    expect(blockersOf('blocker.cleared')).toEqual([]);
    expect(blockersOf('blocker.withdrawn')).toEqual([]);
    const onThisProject = (list: { project: { id: number }; blockerId: number }[]) =>
      list.filter((item) => item.project.id === project.id).map((item) => item.blockerId);
    expect(onThisProject(digest.overdue)).toEqual([c.id]);
    // Due by 04-09: a (04-03); b is due 04-20, the cleared one is no longer due.
    expect(onThisProject(digest.dueSoon)).toEqual([a.id]);

    const editorDigest = await as(editor, other).notification.digest({ date: day });
    expect(editorDigest.groups['blocker.cleared'].map((item) => item.blockerId)).toEqual([cleared.id]);
    expect(editorDigest.groups['blocker.raised']).toEqual([]);
    // The day defaults to today.
    const todays = await as(liaison, other).notification.digest();
    expect(todays.date).toBe(other);
    expect(todays.groups['blocker.raised']).toHaveLength(1);
    // Someone answering for no unit sees no unit's due dates.
    expect(await as(viewer, other).notification.digest()).toMatchObject({ overdue: [], dueSoon: [] });
  });
});
