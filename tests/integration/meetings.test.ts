import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../server/index.js';
import type { Actor } from '../../server/domain/permissions.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { unzipEntry } from '../factories/unzip.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

// A fixed data set (dates are the bureau's "today" of each step):
//   A: target 2026-03-13, far too close for its plan: red now and on 03-02; its target milestone is due 03-13.
//   B: far target, a blocker raised 02-20 to be cleared by 03-05: overdue now, so B turned red since 03-02.
//   C: far target, a blocker raised 03-04 (new), one raised 02-20 and escalated 03-04, moved to acceleration 03-04.
//   D: far target, a quiet blocker raised 02-20 to be cleared by 04-30: not on the agenda.
const EARLY = '2026-02-20';
const MID = '2026-03-04';
const TODAY = '2026-03-09'; // Monday: the first meeting; it looks back to 03-02.
const NEXT = '2026-03-16';
const LATER = '2026-03-23';

describe.each(testDatabaseKinds)('meetings on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Actor;
  let editor: Actor; // liaison of unit
  let outsider: Actor; // liaison of other
  let viewer: Actor;
  let unit: { id: number; name: string };
  let other: { id: number; name: string };
  const ids = { a: 0, b: 0, c: 0, d: 0, b1: 0, b2: 0, b3: 0, b4: 0 };
  let firstMeeting = 0;

  const as = (actor: Actor, today = TODAY) => suite.as(actor, { today });

  beforeAll(async () => {
    unit = await makeUnit(suite.db.prisma, '明水街道（会议测试）');
    other = await makeUnit(suite.db.prisma, '区财政局（会议测试）');
    admin = await suite.user('admin');
    editor = await suite.user('editor', { unitIds: [unit.id] });
    outsider = await suite.user('editor', { unitIds: [other.id] });
    viewer = await suite.user('viewer');

    const early = as(admin, EARLY);
    ids.a = (await early.project.create(projectInput(unit.id, { name: '项目甲', targetDate: '2026-03-13' }))).id;
    ids.b = (await early.project.create(projectInput(unit.id, { name: '项目乙', targetDate: '2031-12-29' }))).id;
    ids.c = (await early.project.create(projectInput(unit.id, { name: '项目丙', targetDate: '2031-12-29' }))).id;
    ids.d = (await early.project.create(projectInput(other.id, { name: '项目丁', targetDate: '2031-12-29' }))).id;
    const raise = (today: string, projectId: number, description: string, targetDate: string) =>
      as(admin, today).blocker.raise({
        projectId,
        category: 'land',
        description,
        responsibleUnitId: other.id,
        targetDate,
      });
    ids.b1 = (await raise(EARLY, ids.b, '征地补偿未到位', '2026-03-05')).id;
    ids.b3 = (await raise(EARLY, ids.c, '资金缺口', '2026-04-30')).id;
    ids.b4 = (await raise(EARLY, ids.d, '管线迁改', '2026-04-30')).id;
    ids.b2 = (await raise(MID, ids.c, '电力接入', '2026-04-30')).id;
    await as(admin, MID).blocker.escalate({ id: ids.b3, expectedVersion: 1, note: '请区领导协调' });
    const c = await as(admin, MID).project.get({ id: ids.c });
    await as(admin, MID).project.move({
      id: ids.c,
      toStage: 'acceleration',
      expectedVersion: c.version,
      reason: '先行开工',
    });
  });

  test('the first meeting’s agenda follows the rules on the fixed data set', async () => {
    const { id } = await as(admin).meeting.create({
      heldOn: TODAY,
      title: '第10周调度会',
      unitIds: [unit.id, other.id],
    });
    firstMeeting = id;
    const meeting = await as(viewer).meeting.get({ id });
    expect(meeting).toMatchObject({ heldOn: TODAY, since: '2026-03-02', status: 'draft', title: '第10周调度会' });
    expect(meeting.units.map((u) => u.id)).toEqual([unit.id, other.id]);

    const a = await as(admin).project.get({ id: ids.a });
    const agenda = meeting.agenda.map((i) => [i.kind, i.projectId, i.blockerId, i.reasons.map((r) => r.key), i.isRed]);
    const milestoneItems = meeting.agenda.filter((i) => i.kind === 'milestoneDue');
    expect(agenda).toEqual([
      ['redProject', ids.a, null, ['agenda.red'], true],
      ['redProject', ids.b, null, ['agenda.turnedRed'], true],
      ['overdueBlocker', ids.b, ids.b1, ['agenda.blockerOverdue'], true],
      ['escalatedBlocker', ids.c, ids.b3, ['agenda.blockerEscalatedSince'], false],
      ['newBlocker', ids.c, ids.b2, ['agenda.blockerNew'], false],
      ['stageMove', ids.c, null, ['agenda.stageMove'], false],
      ...milestoneItems.map(() => ['milestoneDue', ids.a, null, ['agenda.milestoneDue'], false]),
    ]);
    // Only A's milestones that end at its target, 03-13, fall within the next 10 working days.
    expect(milestoneItems.length).toBeGreaterThan(0);
    const targetMilestone = a.milestones.find((m) => m.id === a.targetMilestoneId)!;
    expect(milestoneItems.map((i) => i.milestoneId)).toContain(targetMilestone.id);
    for (const item of milestoneItems) expect(item.reasons[0]!.params.latestFinish).toBe('2026-03-13');

    expect(meeting.agenda[0]!.title).toBe(`${a.code} 项目甲`);
    expect(meeting.agenda[2]!.title).toContain('征地补偿未到位');
    expect(meeting.agenda[3]!.reasons[0]!.params).toMatchObject({ level: 'districtLeader', since: '2026-03-02' });
    expect(meeting.agenda[5]!.reasons[0]!.params).toMatchObject({ fromStage: 'maturity', toStage: 'acceleration' });
    expect(meeting.decisions).toEqual([]);
  });

  test('before the start the admin reorders, adds and drops items; the start freezes the agenda', async () => {
    const before = (await as(admin).meeting.get({ id: firstMeeting })).agenda;
    const { id: added } = await as(admin).meeting.addAgendaItem({ meetingId: firstMeeting, projectId: ids.d });
    const { id: freeText } = await as(admin).meeting.addAgendaItem({
      meetingId: firstMeeting,
      text: '一季度投资完成情况',
    });
    const dropped = before.find((i) => i.kind === 'stageMove')!.id;
    await as(admin).meeting.dropAgendaItem({ meetingId: firstMeeting, itemId: dropped });
    const ids2 = (await as(admin).meeting.get({ id: firstMeeting })).agenda.map((i) => i.id);
    const wanted = [freeText, ...ids2.filter((x) => x !== freeText)];
    await as(admin).meeting.reorderAgenda({ meetingId: firstMeeting, itemIds: wanted });
    const edited = (await as(admin).meeting.get({ id: firstMeeting })).agenda;
    expect(edited.map((i) => i.id)).toEqual(wanted);
    expect(edited[0]).toMatchObject({ kind: 'text', projectId: null, title: '一季度投资完成情况', isAdded: true });
    expect(edited.find((i) => i.id === added)).toMatchObject({ kind: 'project', projectId: ids.d });
    expect(edited.some((i) => i.id === dropped)).toBe(false);
    expect(
      (await rejection(as(admin).meeting.reorderAgenda({ meetingId: firstMeeting, itemIds: wanted.slice(1) }))).key,
    ).toBe('meeting.agendaMismatch');
    // No decisions before the start.
    const early = as(admin).meeting.decide({
      meetingId: firstMeeting,
      projectId: ids.a,
      text: 'x',
      ownerUnitId: unit.id,
      dueDate: '2026-03-20',
    });
    expect((await rejection(early)).key).toBe('meeting.notRunning');

    await as(admin).meeting.start({ id: firstMeeting });
    expect((await rejection(as(admin).meeting.start({ id: firstMeeting }))).key).toBe('meeting.alreadyStarted');
    for (const call of [
      () => as(admin).meeting.reorderAgenda({ meetingId: firstMeeting, itemIds: [...wanted].reverse() }),
      () => as(admin).meeting.addAgendaItem({ meetingId: firstMeeting, text: '迟到的事项' }),
      () => as(admin).meeting.dropAgendaItem({ meetingId: firstMeeting, itemId: freeText }),
    ]) {
      expect((await rejection(call())).key).toBe('meeting.notDraft');
    }
    // New data after the start does not change the frozen agenda.
    await as(admin).blocker.raise({
      projectId: ids.d,
      category: 'other',
      description: '会后新问题',
      responsibleUnitId: other.id,
      targetDate: '2026-04-30',
    });
    expect((await as(admin).meeting.get({ id: firstMeeting })).agenda).toEqual(edited);
  });

  test('a decision sets a new target date with the meeting in the audit trail', async () => {
    const agenda = (await as(admin).meeting.get({ id: firstMeeting })).agenda;
    const itemA = agenda.find((i) => i.kind === 'redProject' && i.projectId === ids.a)!;
    const { id } = await as(admin).meeting.decide({
      meetingId: firstMeeting,
      agendaItemId: itemA.id,
      text: '加快办理施工许可，目标日期调整至9月底',
      ownerUnitId: unit.id,
      dueDate: '2026-03-20',
      newTargetDate: '2026-09-30',
    });
    const a = await as(admin).project.get({ id: ids.a });
    expect(a.targetDate).toBe('2026-09-30');
    const audit = await suite.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'project', entityId: String(ids.a), action: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(audit.before).toEqual({ targetDate: '2026-03-13' });
    expect(audit.after).toMatchObject({ targetDate: '2026-09-30', meetingId: firstMeeting, actionItemId: id });
    expect(audit.reason).toBe(`${TODAY} 第10周调度会`);
    const item = await as(viewer).actionItem.get({ id });
    expect(item).toMatchObject({
      project: { id: ids.a },
      agendaItemId: itemA.id,
      ownerUnit: unit,
      dueDate: '2026-03-20',
      status: 'open',
      newTargetDate: '2026-09-30',
      previousTargetDate: '2026-03-13',
      meeting: { id: firstMeeting, heldOn: TODAY },
    });
  });

  test('due dates are working days, not before the meeting', async () => {
    const decide = (dueDate: string) =>
      as(admin).meeting.decide({
        meetingId: firstMeeting,
        projectId: ids.b,
        text: '测试',
        ownerUnitId: other.id,
        dueDate,
      });
    expect((await rejection(decide('2026-03-14'))).key).toBe('meeting.dueNotWorkingDay'); // a Saturday
    expect((await rejection(decide('2026-03-06'))).key).toBe('meeting.dueBeforeMeeting');
  });

  test('a decision becomes an action item that returns on the next agendas until it is closed', async () => {
    const { id: late } = await as(admin).meeting.decide({
      meetingId: firstMeeting,
      projectId: ids.b,
      text: '财政局落实征地补偿资金',
      ownerUnitId: other.id,
      dueDate: '2026-03-11',
    });
    const decisions = (await as(admin).meeting.get({ id: firstMeeting })).decisions;
    expect(decisions.map((d) => [d.text, d.ownerUnit.name, d.dueDate])).toEqual([
      ['加快办理施工许可，目标日期调整至9月底', unit.name, '2026-03-20'],
      ['财政局落实征地补偿资金', other.name, '2026-03-11'],
    ]);
    const [onTime] = decisions;
    await as(admin).meeting.finish({ id: firstMeeting });

    expect(
      (await as(outsider, NEXT).actionItem.list({ status: 'open', mine: true })).map((i) => [i.id, i.isOverdue]),
    ).toEqual([[late, true]]);
    const digest = await as(outsider, NEXT).notification.digest();
    expect(digest.actionItems.overdue.map((i) => [i.id, i.meeting.heldOn])).toEqual([[late, TODAY]]);
    expect(digest.actionItems.dueSoon).toEqual([]);
    expect((await as(editor, NEXT).notification.digest()).actionItems.dueSoon.map((i) => i.dueDate)).toEqual([
      '2026-03-20',
    ]);
    expect((await as(admin, NEXT).notification.digest()).actionItems).toEqual({ overdue: [], dueSoon: [] });
    const open = await as(viewer, NEXT).actionItem.list({ status: 'open' });
    expect(open.map((i) => i.id)).toEqual([late, onTime!.id]); // overdue first

    const { id: second } = await as(admin, NEXT).meeting.create({ heldOn: NEXT, title: '第11周调度会' });
    const agenda = (await as(admin, NEXT).meeting.get({ id: second })).agenda;
    expect((await as(admin, NEXT).meeting.get({ id: second })).since).toBe(TODAY);
    const items = agenda.filter((i) => i.kind === 'actionItem');
    expect(items.map((i) => [i.title, i.isRed, i.reasons[0]!.key, i.projectId])).toEqual([
      ['财政局落实征地补偿资金', true, 'agenda.actionItemOverdue', ids.b],
      ['加快办理施工许可，目标日期调整至9月底', false, 'agenda.actionItemOpen', ids.a],
    ]);
    expect(agenda.slice(0, 2).map((i) => i.kind)).toEqual(['actionItem', 'actionItem']);

    await as(editor, NEXT).actionItem.update({ id: onTime!.id, note: '已提交施工许可申请' });
    const closed = await as(editor, NEXT).actionItem.close({ id: onTime!.id, note: '施工许可已核发' });
    expect(closed).toMatchObject({
      status: 'closed',
      closedOn: NEXT,
      isClosedOnTime: true,
      closingNote: '施工许可已核发',
    });
    expect(closed.notes.map((n) => [n.kind, n.text])).toEqual([
      ['progress', '已提交施工许可申请'],
      ['close', '施工许可已核发'],
    ]);

    const { id: third } = await as(admin, LATER).meeting.create({ heldOn: LATER, title: '第12周调度会' });
    const thirdAgenda = (await as(admin, LATER).meeting.get({ id: third })).agenda.filter(
      (i) => i.kind === 'actionItem',
    );
    expect(thirdAgenda.map((i) => i.actionItemId)).toEqual([late]);
    // The second meeting's agenda, proposed before the close, still lists both.
    expect(
      (await as(admin, LATER).meeting.get({ id: second })).agenda.filter((i) => i.kind === 'actionItem'),
    ).toHaveLength(2);
    expect((await as(viewer).meeting.list()).map((m) => m.id)).toEqual([third, second, firstMeeting]);
  });

  test('only admins run meetings; an editor works only its unit’s action items; a viewer reads', async () => {
    const items = await as(admin).actionItem.list({ status: 'open' });
    const theirs = items.find((i) => i.ownerUnit.id === other.id)!;
    for (const actor of [editor, viewer]) {
      expect((await rejection(as(actor).meeting.create({ heldOn: '2026-03-30', title: '越权' }))).code).toBe(
        'FORBIDDEN',
      );
      expect((await rejection(as(actor).meeting.start({ id: firstMeeting }))).code).toBe('FORBIDDEN');
      expect(
        (
          await rejection(
            as(actor).meeting.decide({
              meetingId: firstMeeting,
              projectId: ids.a,
              text: 'x',
              ownerUnitId: unit.id,
              dueDate: '2026-03-20',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect((await rejection(as(editor).meeting.create({ heldOn: '2026-03-30', title: '越权' }))).key).toBe(
      'auth.forbidden.adminOnly',
    );
    expect((await rejection(as(editor).actionItem.close({ id: theirs.id, note: '越权办结' }))).key).toBe(
      'auth.forbidden.actionItemUnit',
    );
    expect((await rejection(as(editor).actionItem.update({ id: theirs.id, note: '越权' }))).key).toBe(
      'auth.forbidden.actionItemUnit',
    );
    expect((await rejection(as(viewer).actionItem.close({ id: theirs.id, note: '只读' }))).key).toBe(
      'auth.forbidden.viewer',
    );
    expect((await as(viewer).meeting.get({ id: firstMeeting })).decisions).toHaveLength(2);

    const closed = await as(outsider, NEXT).actionItem.close({ id: theirs.id, note: '资金已拨付' });
    expect(closed).toMatchObject({ status: 'closed', isClosedOnTime: false });
    expect((await rejection(as(outsider, NEXT).actionItem.close({ id: theirs.id, note: '再次' }))).key).toBe(
      'actionItem.alreadyClosed',
    );
    expect((await rejection(as(outsider, NEXT).actionItem.reopen({ id: theirs.id, note: '' }))).key).toBe(
      'auth.forbidden.adminOnly',
    );
    const reopened = await as(admin, NEXT).actionItem.reopen({ id: theirs.id, note: '资金仅到位一半' });
    expect(reopened).toMatchObject({ status: 'open', closedOn: null, isOverdue: true });
    expect((await rejection(as(admin, NEXT).actionItem.reopen({ id: theirs.id, note: '' }))).key).toBe(
      'actionItem.notClosed',
    );
  });

  test('the office overview: everything overdue, every escalated blocker, every open action item', async () => {
    const overview = await as(viewer, NEXT).overview.get();
    expect(overview.overdueBlockers.map((b) => b.id)).toContain(ids.b1);
    expect(overview.overdueBlockers.every((b) => b.targetDate < NEXT)).toBe(true);
    expect(overview.escalatedBlockers.map((b) => [b.id, b.level])).toEqual([[ids.b3, 'districtLeader']]);
    expect(overview.openActionItems.map((i) => [i.text, i.isOverdue, i.ownerUnit.id])).toEqual([
      ['财政局落实征地补偿资金', true, other.id],
    ]);
    expect(overview.overdueActionItems).toBe(1);
    for (const m of overview.overdueMilestones) expect(m.latestFinish < NEXT).toBe(true);
  });
});

describe('the minutes over HTTP', () => {
  let server: RunningServer;
  let cookie = '';
  let meetingId = 0;

  beforeAll(async () => {
    server = await startServer({
      database: { kind: 'pglite', dataDir: null },
      host: '127.0.0.1',
      port: 0,
      seedDemo: false,
      today: TODAY,
    });
    const prisma = server.db.prisma;
    const unit = await makeUnit(prisma, '刁镇（纪要测试）');
    const admin = await makeUser(prisma, 'admin');
    await makeUser(prisma, 'viewer', { username: 'minutes-viewer' });
    const api = callerFor(server.db, { actor: admin, today: TODAY });
    const { id: projectId } = await api.project.create(projectInput(unit.id, { targetDate: '2031-12-29' }));
    meetingId = (await api.meeting.create({ heldOn: TODAY, title: '第10周调度会', unitIds: [unit.id] })).id;
    await api.meeting.start({ id: meetingId });
    await api.meeting.decide({
      meetingId,
      projectId,
      text: '刁镇牵头完成征地拆迁扫尾工作',
      ownerUnitId: unit.id,
      dueDate: '2026-03-20',
    });
    const signedIn = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'minutes-viewer', password: TEST_PASSWORD } }),
    });
    cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(() => server?.close());

  test('a reader downloads the minutes as .docx with the decision text, Chinese intact', async () => {
    const response = await fetch(`${server.url}/meetings/${meetingId}/minutes.docx`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toContain(`backplan-minutes-${TODAY}-${meetingId}.docx`);
    const xml = unzipEntry(Buffer.from(await response.arrayBuffer()), 'word/document.xml');
    for (const text of [
      '第10周调度会 会议纪要',
      '刁镇（纪要测试）',
      '刁镇牵头完成征地拆迁扫尾工作',
      '2026-03-20',
      '议定事项',
    ]) {
      expect(xml).toContain(text);
    }
    const en = unzipEntry(
      Buffer.from(
        await (
          await fetch(`${server.url}/meetings/${meetingId}/minutes.docx?lang=en`, { headers: { cookie } })
        ).arrayBuffer(),
      ),
      'word/document.xml',
    );
    expect(en).toContain('Decisions');
    expect(en).toContain('刁镇牵头完成征地拆迁扫尾工作');
  });

  test('the bulletin downloads as .xlsx beside the minutes; a bad period is refused', async () => {
    const response = await fetch(`${server.url}/bulletin.xlsx?period=month&from=${TODAY}&lang=en`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('backplan-bulletin-2026-03-01-2026-03-31.xlsx');
    expect((await fetch(`${server.url}/bulletin.xlsx?period=custom`, { headers: { cookie } })).status).toBe(400);
    expect((await fetch(`${server.url}/bulletin.xlsx`)).status).toBe(401);
  });

  test('nobody signed in gets 401; an unknown meeting 404', async () => {
    expect((await fetch(`${server.url}/meetings/${meetingId}/minutes.docx`)).status).toBe(401);
    const missing = await fetch(`${server.url}/meetings/99999/minutes.docx?lang=en`, { headers: { cookie } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Meeting 99999 was not found.');
  });
});
