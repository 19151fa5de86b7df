// Who may do what, through the router as the browser calls it, on a real database: each role against
// each kind of procedure, the audit rows that go with a change (and only with one), the last-admin
// guard, password resets, sign-in lockouts and the ways a session ends.
import type { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { appRouter } from '../../server/api/router.js';
import { createCallerFactory } from '../../server/api/trpc.js';
import { errorMessages } from '../../server/domain/error-messages.js';
import type { Actor } from '../../server/domain/permissions.js';
import { buildHttpApp, SESSION_COOKIE } from '../../server/http.js';
import { LOCKOUT } from '../../server/services/auth/sign-in.js';
import { createBoardReadModel } from '../../server/services/board/get-board.js';
import { resolveSession } from '../../server/services/auth/sessions.js';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { TEST_PASSWORD } from '../factories/users.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const TODAY = '2026-03-02';
const createCaller = createCallerFactory(appRouter);
type RouterCaller = ReturnType<typeof createCaller>;
const IDLE_MINUTES = 30;
const NEW_PASSWORD = 'a-new-password-2026';

/** Expects a refusal with this code (and, given one, this message key). */
async function refused(promise: Promise<unknown>, code: TRPCError['code'], key?: string) {
  const error = await rejection(promise);
  expect({ code: error.code, key: key && error.key }).toEqual({ code, key });
  return error;
}

describe.each(testDatabaseKinds)('accounts, roles and the audit trail on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let adminActor: Actor;
  let admin: Caller;
  let editor: Caller;
  let viewer: Caller;
  let anonymous: RouterCaller;
  let ownUnit: { id: number; name: string };
  let otherUnit: { id: number; name: string };
  let ownProject: { id: number };
  let otherProject: { id: number };

  beforeAll(async () => {
    ownUnit = await makeUnit(suite.db.prisma, '明水街道');
    otherUnit = await makeUnit(suite.db.prisma, '区住建局');
    adminActor = await suite.user('admin', { username: 'officer' });
    admin = suite.as(adminActor, { today: TODAY });
    editor = suite.as(await suite.user('editor', { username: 'liaison', unitIds: [ownUnit.id] }), { today: TODAY });
    viewer = suite.as(await suite.user('viewer', { username: 'leader' }), { today: TODAY });
    anonymous = suite.as(null, { today: TODAY });
    ownProject = await admin.project.create(projectInput(ownUnit.id));
    otherProject = await admin.project.create(projectInput(otherUnit.id));
  });

  /**
   * A caller as the server builds one for a request: the session its cookie names (or none), and the
   * cookie it sets back (the factory's callers stand in for a session and keep no cookie).
   */
  async function browser({ token, address = '127.0.0.1' }: { token?: string; address?: string } = {}) {
    const jar = { token: token ?? null };
    const api = createCaller({
      db: suite.db,
      today: TODAY,
      board: createBoardReadModel({ prisma: suite.db.prisma }),
      session: token ? await resolveSession(suite.db.prisma, token, IDLE_MINUTES) : null,
      client: { address, userAgent: 'vitest' },
      cookies: { setSession: (t) => void (jar.token = t), clearSession: () => void (jar.token = null) },
    });
    return { api, jar };
  }
  const callerWithToken = async (token: string) => (await browser({ token })).api;

  /** Signs in as a person would, returning the session token the cookie would carry. */
  async function signIn(username: string, password = TEST_PASSWORD, address = '127.0.0.1') {
    const { api, jar } = await browser({ address });
    const result = await api.auth.signIn({ username, password });
    return { ...result, token: jar.token! };
  }

  const current = (id: number) => admin.project.get({ id });
  const auditCount = (entityType: string, entityId: number | string) =>
    suite.db.prisma.auditEntry.count({ where: { entityType, entityId: String(entityId) } });

  /** One call of each kind of change, against `projectId`. */
  async function changes(projectId: number) {
    const project = await current(projectId);
    const milestone = project.milestones[0]!;
    return {
      'project.move': (api: RouterCaller) =>
        api.project.move({
          id: projectId,
          toStage: 'acceleration',
          expectedVersion: project.version,
          reason: '调度会同意先行推进',
        }),
      'project.update': (api: RouterCaller) =>
        api.project.update({ id: projectId, expectedVersion: project.version, patch: { name: '改名的项目' } }),
      'milestone.update': (api: RouterCaller) =>
        api.milestone.update({ id: milestone.id, expectedVersion: project.version, patch: { durationDays: 7 } }),
    };
  }
  const adminOnly = {
    'calendar.set': (api: RouterCaller) => api.calendar.set({ date: '2026-05-06', kind: 'holiday', note: '测试' }),
    'template.update': (api: RouterCaller) =>
      api.template.update({
        projectType: 'publicService',
        milestones: [{ name: '立项', stage: 'maturity', durationDays: 10, dependsOnSeqs: [] }],
        targetSeq: 0,
      }),
    'user.list': (api: RouterCaller) => api.user.list(),
    'user.create': (api: RouterCaller) =>
      api.user.create({
        username: 'someone',
        displayName: '某人',
        role: 'viewer',
        unitIds: [],
        password: NEW_PASSWORD,
      }),
    'user.update': (api: RouterCaller) => api.user.update({ id: adminActor.id, patch: { displayName: '改名' } }),
    'user.resetPassword': (api: RouterCaller) =>
      api.user.resetPassword({ id: adminActor.id, newPassword: NEW_PASSWORD }),
    'user.revokeSessions': (api: RouterCaller) => api.user.revokeSessions({ id: adminActor.id }),
    'unit.create': (api: RouterCaller) => api.unit.create({ code: 'XZ', name: '新增单位', kind: 'town' }),
    'audit.list': (api: RouterCaller) => api.audit.list({ limit: 10 }),
  };

  test('a viewer reads the board, projects and their history, and is refused every change', async () => {
    expect((await viewer.board.get()).columns).toHaveLength(3);
    expect((await viewer.project.get({ id: ownProject.id })).id).toBe(ownProject.id);
    expect((await viewer.audit.forProject({ entityId: String(ownProject.id) })).entries.length).toBeGreaterThan(0);
    expect((await viewer.unit.list()).length).toBeGreaterThanOrEqual(2);

    const before = await current(ownProject.id);
    for (const [name, call] of Object.entries({ ...(await changes(ownProject.id)), ...adminOnly })) {
      const error = await rejection(call(viewer));
      expect([name, error.code, error.key]).toEqual([name, 'FORBIDDEN', 'auth.forbidden.viewer']);
    }
    await refused(viewer.project.create(projectInput(ownUnit.id)), 'FORBIDDEN', 'auth.forbidden.viewer');
    expect(await current(ownProject.id)).toEqual(before);
  });

  test("an editor changes its own unit's projects, and is refused another unit's and the admin's work", async () => {
    for (const [name, call] of Object.entries(await changes(otherProject.id))) {
      const error = await rejection(call(editor));
      expect([name, error.code, error.key]).toEqual([name, 'FORBIDDEN', 'auth.forbidden.unit']);
      expect(error.message).toContain('区住建局');
    }
    const create = await refused(editor.project.create(projectInput(otherUnit.id)), 'FORBIDDEN', 'auth.forbidden.unit');
    expect(create.message).toContain('区住建局');
    for (const [name, call] of Object.entries(adminOnly)) {
      const error = await rejection(call(editor));
      expect([name, error.code, error.key]).toEqual([name, 'FORBIDDEN', 'auth.forbidden.adminOnly']);
    }

    const own = await changes(ownProject.id);
    await own['project.update'](editor);
    const moved = await editor.project.move({
      id: ownProject.id,
      toStage: 'acceleration',
      expectedVersion: (await current(ownProject.id)).version,
      reason: '施工许可已取得',
    });
    expect(moved.stage).toBe('acceleration');
    const project = await current(ownProject.id);
    await editor.milestone.update({
      id: project.milestones[0]!.id,
      expectedVersion: project.version,
      patch: { actualFinish: TODAY },
    });
    const created = await editor.project.create(projectInput(ownUnit.id));
    expect((await current(created.id)).ownerUnit.name).toBe('明水街道');
  });

  test('an admin may do all of it, for every unit', async () => {
    // One after another, each against the version the previous change left.
    for (const name of ['project.move', 'project.update', 'milestone.update'] as const) {
      await (await changes(otherProject.id))[name](admin);
    }
    await adminOnly['calendar.set'](admin);
    await adminOnly['template.update'](admin);
    await adminOnly['user.create'](admin);
    await adminOnly['user.update'](admin);
    await adminOnly['user.revokeSessions'](admin);
    await adminOnly['unit.create'](admin);
    expect((await admin.user.list()).map((u) => u.username)).toEqual(
      expect.arrayContaining(['officer', 'liaison', 'leader', 'someone']),
    );
    const log = await admin.audit.list({ actorName: 'officer', limit: 100 });
    expect(log.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['move', 'update', 'updateMilestone', 'set', 'create', 'revokeSessions']),
    );
  });

  test('nobody signed in is asked to sign in first', async () => {
    expect(await anonymous.auth.me()).toBeNull();
    const calls = [
      anonymous.board.get(),
      anonymous.project.get({ id: ownProject.id }),
      anonymous.project.update({ id: ownProject.id, expectedVersion: 1, patch: { name: 'x' } }),
      anonymous.user.list(),
      anonymous.audit.list({ limit: 5 }),
      anonymous.audit.forProject({ entityId: String(ownProject.id) }),
      anonymous.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
      anonymous.auth.signOut(),
    ];
    for (const call of calls) await refused(call, 'UNAUTHORIZED', 'auth.required');
  });

  test('a session that must change its password is refused everything else until it does', async () => {
    // An admin, so that nothing but the password keeps it from the admin's audit download.
    await suite.user('admin', { username: 'newcomer', mustChangePassword: true });
    const signedIn = await signIn('newcomer');
    expect(signedIn.mustChangePassword).toBe(true);
    const http = buildHttpApp({ db: suite.db, logger: false, today: () => TODAY, sessionIdleMinutes: IDLE_MINUTES });
    const download = (url: string) =>
      http.inject({
        url,
        headers: { cookie: `${SESSION_COOKIE}=${signedIn.token}`, 'accept-language': 'zh-CN,zh;q=0.9' },
      });

    const first = await callerWithToken(signedIn.token);
    expect(await first.auth.me()).toMatchObject({ mustChangePassword: true, actor: { username: 'newcomer' } });
    await refused(first.board.get(), 'FORBIDDEN', 'auth.mustChangePassword');
    await refused(first.project.get({ id: ownProject.id }), 'FORBIDDEN', 'auth.mustChangePassword');
    await refused((await changes(ownProject.id))['project.update'](first), 'FORBIDDEN', 'auth.mustChangePassword');
    await refused(first.notification.list(), 'FORBIDDEN', 'auth.mustChangePassword');
    for (const url of ['/audit.csv', '/blockers.xlsx']) {
      const response = await download(url);
      expect([url, response.statusCode, response.body]).toEqual([
        url,
        403,
        errorMessages.zh['auth.mustChangePassword'],
      ]);
    }
    await refused(
      first.auth.changePassword({ currentPassword: 'not-the-password', newPassword: NEW_PASSWORD }),
      'BAD_REQUEST',
      'auth.wrongCurrentPassword',
    );
    await refused(
      first.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
      'BAD_REQUEST',
      'auth.samePassword',
    );

    await first.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    const after = await callerWithToken(signedIn.token);
    expect(await after.auth.me()).toMatchObject({ mustChangePassword: false });
    expect((await after.board.get()).columns).toHaveLength(3);
    expect((await after.notification.list()).unreadCount).toBe(0);
    expect((await download('/audit.csv')).statusCode).toBe(200);
    await http.close();
    const log = await admin.audit.list({ entityType: 'user', entityId: String(signedIn.actor.id), limit: 10 });
    expect(log.entries.map((e) => e.action)).toEqual(['changePassword', 'signIn']);
  });

  test('changing the password ends the other sessions and keeps the one that changed it', async () => {
    await suite.user('viewer', { username: 'careful' });
    const [laptop, phone, tablet] = [await signIn('careful'), await signIn('careful'), await signIn('careful')];
    await (
      await callerWithToken(laptop.token)
    ).auth.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(await resolveSession(suite.db.prisma, laptop.token, IDLE_MINUTES)).not.toBeNull();
    expect(await resolveSession(suite.db.prisma, phone.token, IDLE_MINUTES)).toBeNull();
    expect(await resolveSession(suite.db.prisma, tablet.token, IDLE_MINUTES)).toBeNull();
    expect((await (await callerWithToken(laptop.token)).board.get()).columns).toHaveLength(3);
    const [row] = (await admin.audit.list({ action: 'changePassword', actorName: 'careful', limit: 1 })).entries;
    expect(row?.after).toEqual({ sessions: 2 });
  });

  test('a saved project.update writes exactly one audit row, with only the changed fields before and after', async () => {
    const project = await current(otherProject.id);
    const rowsBefore = await auditCount('project', project.id);
    await admin.project.update({
      id: project.id,
      expectedVersion: project.version,
      // The target date is sent unchanged: it is no change, and the row leaves it out.
      patch: { totalInvestment: '15000.00', description: '新增二期工程', targetDate: project.targetDate },
    });
    expect(await auditCount('project', project.id)).toBe(rowsBefore + 1);
    const [row] = (await admin.audit.forProject({ entityId: String(project.id) })).entries;
    expect(row).toMatchObject({
      actorName: 'officer',
      action: 'update',
      before: { totalInvestment: project.totalInvestment, description: project.description },
      after: { totalInvestment: '15000.00', description: '新增二期工程' },
    });
    expect(Object.keys(row!.after as object).sort()).toEqual(['description', 'totalInvestment']);
  });

  test('a refused change (a stale version, a forbidden unit, bad input) writes no audit row and changes nothing', async () => {
    const project = await current(otherProject.id);
    const rowsBefore = await auditCount('project', project.id);
    const stale = { id: project.id, expectedVersion: project.version - 1 };
    await refused(admin.project.update({ ...stale, patch: { name: '过时的修改' } }), 'CONFLICT');
    await refused(admin.project.move({ ...stale, toStage: 'contribution' }), 'CONFLICT');
    const fresh = { id: project.id, expectedVersion: project.version };
    await refused(editor.project.update({ ...fresh, patch: { name: '越权修改' } }), 'FORBIDDEN', 'auth.forbidden.unit');
    await refused(editor.project.move({ ...fresh, toStage: 'contribution' }), 'FORBIDDEN', 'auth.forbidden.unit');
    await refused(
      admin.project.update({ ...fresh, patch: { totalInvestment: '10', plannedInvestment: '20' } }),
      'BAD_REQUEST',
    );
    expect(await auditCount('project', project.id)).toBe(rowsBefore);
    expect(await current(project.id)).toEqual(project);
  });

  test('a save on a stale version names, by display name, who saved in between', async () => {
    const first = await suite.user('admin', { username: 'quick-saver' });
    await suite.db.prisma.user.update({ where: { id: first.id }, data: { displayName: '王科长' } });
    const quick = suite.as({ ...first, displayName: '王科长' }, { today: TODAY });
    const project = await admin.project.create(projectInput(otherUnit.id));

    // Both open version 1; the quick one saves first, the other saves on top of the old version.
    const seen = await current(project.id);
    await quick.project.update({ id: project.id, expectedVersion: seen.version, patch: { name: '王科长的修改' } });
    const update = admin.project.update({
      id: project.id,
      expectedVersion: seen.version,
      patch: { name: '晚到的修改' },
    });
    expect((await refused(update, 'CONFLICT', 'project.conflictBy')).message).toContain('王科长');

    const seenAgain = await current(project.id);
    const move = { id: project.id, toStage: 'acceleration' as const, reason: '调度会同意先行推进' };
    await quick.project.move({ ...move, expectedVersion: seenAgain.version });
    const lateMove = admin.project.move({ ...move, expectedVersion: seenAgain.version });
    expect((await refused(lateMove, 'CONFLICT', 'project.conflictBy')).message).toContain('王科长');
  });

  test('the last enabled admin can be neither disabled nor demoted', async () => {
    const others = (await admin.user.list()).filter((u) => u.role === 'admin' && u.id !== adminActor.id);
    for (const other of others) await admin.user.update({ id: other.id, patch: { isDisabled: true } });

    await refused(
      admin.user.update({ id: adminActor.id, patch: { isDisabled: true } }),
      'BAD_REQUEST',
      'user.lastAdmin',
    );
    await refused(admin.user.update({ id: adminActor.id, patch: { role: 'editor' } }), 'BAD_REQUEST', 'user.lastAdmin');
    expect((await admin.user.list()).find((u) => u.id === adminActor.id)).toMatchObject({
      role: 'admin',
      isDisabled: false,
    });

    // With a second admin either may go; then the one left is the last again.
    const deputy = await admin.user.create({
      username: 'deputy',
      displayName: '副科长',
      role: 'admin',
      unitIds: [],
      password: NEW_PASSWORD,
    });
    await admin.user.update({ id: deputy.id, patch: { role: 'viewer' } });
    const [demotion] = (await admin.audit.list({ entityType: 'user', entityId: String(deputy.id), limit: 1 })).entries;
    expect(demotion).toMatchObject({ action: 'roleChange', before: { role: 'admin' }, after: { role: 'viewer' } });
    await refused(admin.user.update({ id: adminActor.id, patch: { role: 'viewer' } }), 'BAD_REQUEST', 'user.lastAdmin');
  });

  test("resetting a password ends the person's sessions and makes them change it at the next sign-in", async () => {
    const person = await suite.user('viewer', { username: 'forgetful' });
    const [laptop, phone] = [await signIn('forgetful'), await signIn('forgetful')];
    expect(await resolveSession(suite.db.prisma, laptop.token, IDLE_MINUTES)).not.toBeNull();

    await admin.user.resetPassword({ id: person.id, newPassword: NEW_PASSWORD });
    expect(await resolveSession(suite.db.prisma, laptop.token, IDLE_MINUTES)).toBeNull();
    expect(await resolveSession(suite.db.prisma, phone.token, IDLE_MINUTES)).toBeNull();
    await refused(signIn('forgetful'), 'UNAUTHORIZED', 'auth.badCredentials');
    const again = await signIn('forgetful', NEW_PASSWORD);
    expect(again.mustChangePassword).toBe(true);
    expect(
      (await admin.audit.list({ action: 'resetPassword', entityId: String(person.id), limit: 5 })).entries,
    ).toHaveLength(1);
  });

  test('five failed sign-ins lock the account, even against the right password, while others still sign in', async () => {
    await suite.user('editor', { username: 'guessed', unitIds: [ownUnit.id] });
    const attacker = suite.as(null, { address: '10.1.2.3' });
    const attempt = (password: string) => attacker.auth.signIn({ username: 'guessed', password });
    for (let i = 1; i < LOCKOUT.accountFailures; i++) {
      await refused(attempt(`wrong-${i}`), 'UNAUTHORIZED', 'auth.badCredentials');
    }
    await refused(attempt('wrong-5'), 'TOO_MANY_REQUESTS', 'auth.locked');
    await refused(attempt(TEST_PASSWORD), 'TOO_MANY_REQUESTS', 'auth.locked');
    await refused(signIn('guessed', TEST_PASSWORD, '10.4.4.4'), 'TOO_MANY_REQUESTS', 'auth.locked');

    // The same address, another account: not locked.
    expect((await signIn('liaison', TEST_PASSWORD, '10.1.2.3')).actor.username).toBe('liaison');
    const failures = await suite.db.prisma.auditEntry.findMany({
      where: { action: 'signInFailed', entityId: 'guessed' },
      select: { actorName: true, after: true },
    });
    expect(failures).toHaveLength(LOCKOUT.accountFailures);
    expect(failures[0]).toEqual({ actorName: 'system', after: { address: '10.1.2.3' } });
  }, 30_000);

  test('a burst of parallel guesses at one account gets no more answers than the lock allows', async () => {
    await suite.user('viewer', { username: 'burst' });
    const attacker = suite.as(null, { address: '10.5.5.5' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rejection(attacker.auth.signIn({ username: 'burst', password: `guess-${i}` })).then((e) => e.key),
      ),
    );
    const badCredentials = answers.filter((key) => key === 'auth.badCredentials').length;
    expect(badCredentials).toBeLessThan(LOCKOUT.accountFailures);
    expect(answers.filter((key) => key === 'auth.locked')).toHaveLength(answers.length - badCredentials);
    await refused(signIn('burst', TEST_PASSWORD, '10.5.5.6'), 'TOO_MANY_REQUESTS', 'auth.locked');
    expect(
      await suite.db.prisma.auditEntry.count({ where: { action: 'signInFailed', entityId: 'burst' } }),
    ).toBeLessThanOrEqual(LOCKOUT.accountFailures);
  }, 30_000);

  test('each failure in a row waits longer before the answer, per account and per address', async () => {
    const timed = async (promise: Promise<unknown>) => {
      const start = performance.now();
      await rejection(promise);
      return performance.now() - start;
    };
    // One address trying a different (unknown) account each time: only the address has a row of failures.
    const fromOneAddress = suite.as(null, { address: '10.6.6.6' });
    const byAddress: number[] = [];
    for (let i = 0; i < 3; i++) {
      byAddress.push(await timed(fromOneAddress.auth.signIn({ username: `ghost-${i}`, password: 'not-it-at-all' })));
    }
    // One account tried from a different address each time.
    const byAccount: number[] = [];
    for (let i = 0; i < 3; i++) {
      const attacker = suite.as(null, { address: `10.7.7.${i}` });
      byAccount.push(await timed(attacker.auth.signIn({ username: 'leader', password: 'not-it-at-all' })));
    }
    for (const [first, , third] of [byAddress, byAccount]) {
      expect(third).toBeGreaterThanOrEqual(4 * LOCKOUT.firstDelayMs); // 250 ms, 500 ms, then 1 s
      expect(third).toBeGreaterThan(first!);
    }
    await signIn('leader'); // clears the account's failures for the tests after this one
  }, 30_000);

  test('twenty failures from one address lock that address for every account', async () => {
    const address = '10.9.8.7';
    const attacker = suite.as(null, { address });
    // Distinct usernames, so no account locks first; at once, so the doubling waits overlap.
    await Promise.all(
      Array.from({ length: LOCKOUT.addressFailures }, (_, i) =>
        refused(
          attacker.auth.signIn({ username: `nobody-${i}`, password: 'whatever-it-is' }),
          'UNAUTHORIZED',
          'auth.badCredentials',
        ),
      ),
    );
    await refused(
      attacker.auth.signIn({ username: 'leader', password: TEST_PASSWORD }),
      'TOO_MANY_REQUESTS',
      'auth.addressLocked',
    );
    expect((await signIn('leader', TEST_PASSWORD, '10.9.8.8')).actor.username).toBe('leader');
  }, 30_000);

  test('a session ends when idle too long, when revoked or signed out, and when its user is disabled', async () => {
    const person = await suite.user('viewer', { username: 'sometimes' });
    const idle = await signIn('sometimes');
    const justInside = new Date(Date.now() + (IDLE_MINUTES - 1) * 60_000);
    const pastLimit = new Date(Date.now() + (IDLE_MINUTES + 1) * 60_000);
    expect(await resolveSession(suite.db.prisma, idle.token, IDLE_MINUTES, pastLimit)).toBeNull();
    // Use keeps it alive: seen just inside the limit, it lasts another full idle period from then.
    expect(await resolveSession(suite.db.prisma, idle.token, IDLE_MINUTES, justInside)).not.toBeNull();
    expect(await resolveSession(suite.db.prisma, idle.token, IDLE_MINUTES, pastLimit)).not.toBeNull();

    const signedOut = await signIn('sometimes');
    await (await callerWithToken(signedOut.token)).auth.signOut();
    expect(await resolveSession(suite.db.prisma, signedOut.token, IDLE_MINUTES)).toBeNull();

    const revoked = await signIn('sometimes');
    await admin.user.revokeSessions({ id: person.id });
    expect(await resolveSession(suite.db.prisma, revoked.token, IDLE_MINUTES)).toBeNull();

    const disabled = await signIn('sometimes');
    expect(await resolveSession(suite.db.prisma, disabled.token, IDLE_MINUTES)).not.toBeNull();
    await admin.user.update({ id: person.id, patch: { isDisabled: true } });
    expect(await resolveSession(suite.db.prisma, disabled.token, IDLE_MINUTES)).toBeNull();
    await refused(signIn('sometimes'), 'FORBIDDEN', 'auth.disabled');
    // Enabled again, the old session stays ended: disabling revoked it.
    await admin.user.update({ id: person.id, patch: { isDisabled: false } });
    expect(await resolveSession(suite.db.prisma, disabled.token, IDLE_MINUTES)).toBeNull();
  });
});
