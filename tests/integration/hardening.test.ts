// Issue 15: hostile or unlucky input is a 4xx that names what was wrong, a fault is a 500 that names
// nothing internal and is logged under the id it carries, and the limits (password guesses, batch
// size, idle sessions) hold as the README states them.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readEnv } from '../../server/env.js';
import { buildHttpApp, SESSION_COOKIE, type FaultLog } from '../../server/http.js';
import { MAX_BATCH_CALLS } from '../../server/http-guards.js';
import { openDatabase } from '../../server/db/client.js';
import { LOCKOUT } from '../../server/services/auth/sign-in.js';
import { createSession, resolveSession } from '../../server/services/auth/sessions.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../factories/test-database.js';
import { LEAK } from '../factories/leaks.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-03-02';
const TOO_BIG = 2 ** 31;

interface ErrorBody {
  error: {
    json: {
      message: string;
      data: {
        code: string;
        httpStatus: number;
        appError: { key: string; params: Record<string, unknown> };
        fieldErrors: Record<string, { key: string }> | null;
        requestId?: string;
        stack?: string;
      };
    };
  };
}

describe.each(testDatabaseKinds)('hardening on %s', (kind) => {
  let db: TestDatabase;
  let app: ReturnType<typeof buildHttpApp>;
  const faults: Parameters<FaultLog>[0][] = [];
  let viewerCookie = '';
  let unitId = 0;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    app = buildHttpApp({
      db,
      logger: false,
      today: () => TODAY,
      sessionIdleMinutes: 60,
      faultLog: (fault) => void faults.push(fault),
    });
    await app.ready();
    unitId = (await makeUnit(db.prisma)).id;
    const viewer = await makeUser(db.prisma, 'viewer', { username: 'hard-viewer' });
    const token = await db.prisma.$transaction((tx) =>
      createSession(tx, viewer.id, { address: '127.0.0.1', userAgent: 'vitest' }),
    );
    viewerCookie = `${SESSION_COOKIE}=${token}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const get = async (procedure: string, input: unknown, cookie = viewerCookie) => {
    const response = await app.inject({
      method: 'GET',
      url: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      headers: { cookie },
    });
    return { status: response.statusCode, body: response.json<ErrorBody>(), text: response.body };
  };
  const post = async (procedure: string, input: unknown, cookie = '') => {
    const response = await app.inject({
      method: 'POST',
      url: `/trpc/${procedure}`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ json: input }),
    });
    return { status: response.statusCode, body: response.json<ErrorBody>(), text: response.body };
  };

  test('an id of 2³¹ or more is a 400 naming the field, for a viewer as for anyone (item 1)', async () => {
    for (const [procedure, input, field] of [
      ['project.get', { id: TOO_BIG }, 'id'],
      ['project.get', { id: 2 ** 53 }, 'id'],
      ['notification.list', { cursor: TOO_BIG }, 'cursor'],
      ['blocker.list', { responsibleUnitId: TOO_BIG }, 'responsibleUnitId'],
      ['audit.forProject', { entityId: '1', cursor: TOO_BIG }, 'cursor'],
    ] as const) {
      const { status, body } = await get(procedure, input);
      expect([procedure, status, Object.keys(body.error.json.data.fieldErrors ?? {})]).toEqual([
        procedure,
        400,
        [field],
      ]);
    }
    const admin = callerFor(db, { today: TODAY });
    for (const call of [
      () => admin.project.update({ id: TOO_BIG, expectedVersion: 1, patch: { name: 'x' } }),
      () => admin.project.update({ id: 1, expectedVersion: TOO_BIG, patch: { name: 'x' } }),
      () => admin.milestone.update({ id: TOO_BIG, expectedVersion: 1, patch: {} }),
      () => admin.user.update({ id: TOO_BIG, patch: {} }),
      () => admin.unit.update({ id: TOO_BIG, patch: {} }),
      () => admin.notification.markRead({ ids: [TOO_BIG] }),
    ]) {
      expect((await rejection(call())).code).toBe('BAD_REQUEST');
    }
  });

  test('a NUL or a lone surrogate in any text is a 400 naming the field, even before sign-in (item 2)', async () => {
    const signIn = await post('auth.signIn', { username: 'a\u0000b', password: 'whatever-it-is' });
    expect(signIn.status).toBe(400);
    expect(signIn.body.error.json.data.fieldErrors).toMatchObject({ username: { key: 'validation.text' } });
    const filtered = await get('audit.list', { actorName: 'x\u0000' });
    expect(filtered.status).toBe(400); // checked before anything else, the viewer's refusal included
    expect(filtered.body.error.json.data.fieldErrors).toMatchObject({ actorName: { key: 'validation.text' } });
    const admin = callerFor(db, { today: TODAY });
    for (const call of [
      () => admin.project.create(projectInput(unitId, { name: '项目\u0000' })),
      () => admin.unit.create({ code: 'NUL1', name: '单位\u0000', kind: 'town' }),
      () => admin.calendar.set({ date: '2026-03-09', kind: 'holiday', note: '\u0000' }),
      () => admin.audit.list({ actorName: 'x\u0000' }),
      // A lone surrogate: JSON can carry it, PostgreSQL's text and the audit row's JSON cannot.
      () => admin.unit.update({ id: unitId, patch: { name: '单位\ud800' } }),
      () => admin.project.create(projectInput(unitId, { name: '\udc00项目' })),
    ]) {
      const error = await rejection(call());
      expect(error.code).toBe('BAD_REQUEST');
    }
    // A whole pair (an emoji) is ordinary text.
    await expect(admin.unit.create({ code: 'NUL2', name: '单位😀', kind: 'town' })).resolves.toMatchObject({
      name: '单位😀',
    });
    const csv = await app.inject({
      method: 'GET',
      url: '/audit.csv?actorName=a%00b',
      headers: { cookie: viewerCookie },
    });
    expect(csv.statusCode).toBe(403);
  });

  test('repeated or unknown ids in a list are a 400 naming the field (item 6)', async () => {
    const admin = callerFor(db, { today: TODAY });
    const repeated = await rejection(
      admin.user.create({
        username: 'twice',
        displayName: '两次',
        role: 'editor',
        unitIds: [unitId, unitId],
        password: TEST_PASSWORD,
      }),
    );
    expect(repeated.code).toBe('BAD_REQUEST');
    expect(repeated.message).toMatch(/unitIds/);
    const unknown = await rejection(
      admin.user.create({
        username: 'nowhere',
        displayName: '无处',
        role: 'editor',
        unitIds: [99_999],
        password: TEST_PASSWORD,
      }),
    );
    expect([unknown.code, unknown.key, unknown.message]).toEqual([
      'BAD_REQUEST',
      'validation.unknownUnit',
      'unitIds: owner unit 99999 does not exist.',
    ]);
    const person = await makeUser(db.prisma, 'editor', { unitIds: [unitId] });
    for (const unitIds of [[unitId, unitId], [99_999]]) {
      expect((await rejection(admin.user.update({ id: person.id, patch: { unitIds } }))).code).toBe('BAD_REQUEST');
    }
    // The project's milestones come from its type's template: two, the second after the first.
    await admin.template.update({
      projectType: 'industrial',
      milestones: [
        { name: '立项', stage: 'maturity', durationDays: 5, dependsOnSeqs: [] },
        { name: '开工', stage: 'maturity', durationDays: 10, dependsOnSeqs: [0] },
      ],
      targetSeq: 1,
    });
    const project = await admin.project.create(projectInput(unitId));
    const [first, second] = await db.prisma.milestone.findMany({
      where: { projectId: project.id },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    const twice = await rejection(
      admin.milestone.update({ id: second!.id, expectedVersion: 1, patch: { dependsOn: [first!.id, first!.id] } }),
    );
    expect(twice.code).toBe('BAD_REQUEST');
    expect(twice.message).toMatch(/"patch",\s*"dependsOn"/);
  });

  test('a batch of more calls than the limit is refused with a clear 400 (item 9)', async () => {
    const batch = (count: number) =>
      app.inject({
        method: 'GET',
        url: `/trpc/${Array(count).fill('auth.me').join(',')}?batch=1&input=${encodeURIComponent('{}')}`,
        headers: { cookie: viewerCookie },
      });
    expect((await batch(MAX_BATCH_CALLS)).statusCode).toBe(200);
    const refused = await batch(400);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error.json.data.appError).toEqual({
      key: 'request.batchTooLarge',
      params: { max: MAX_BATCH_CALLS, count: 400 },
    });
    expect(refused.body.length).toBeLessThan(1000);
  });

  test('a wrong current password counts as a failed sign-in: the sixth is refused, the right one too (item 8)', async () => {
    const saved = { ...LOCKOUT };
    Object.assign(LOCKOUT, { firstDelayMs: 1, maxDelayMs: 1 });
    try {
      const person = await makeUser(db.prisma, 'editor', { username: 'guessed' });
      const session = callerFor(db, { actor: person, today: TODAY });
      const keys: (string | undefined)[] = [];
      for (let i = 0; i < 30; i++) {
        const error = await rejection(
          session.auth.changePassword({ currentPassword: `guess-number-${i}`, newPassword: 'a-new-password-1' }),
        );
        keys.push(error.key);
      }
      expect(keys.slice(0, 4)).toEqual(Array(4).fill('auth.wrongCurrentPassword'));
      expect(keys.slice(5)).toEqual(Array(25).fill('auth.tooManyPasswordChecks'));
      const right = await rejection(
        session.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' }),
      );
      expect([right.code, right.key]).toEqual(['TOO_MANY_REQUESTS', 'auth.tooManyPasswordChecks']);
    } finally {
      Object.assign(LOCKOUT, saved);
    }
  });

  test('a session used a moment ago lasts its full idle limit from that use (item 10)', async () => {
    const person = await makeUser(db.prisma, 'viewer');
    const token = await db.prisma.$transaction((tx) =>
      createSession(tx, person.id, { address: '127.0.0.1', userAgent: 'vitest' }),
    );
    const idleMinutes = 60;
    const start = Date.now();
    // Used 30 s after sign-in: the idle limit counts from then, not from the sign-in.
    expect(await resolveSession(db.prisma, token, idleMinutes, new Date(start + 30_000))).not.toBeNull();
    const afterSignInLimit = new Date(start + idleMinutes * 60_000 + 20_000);
    expect(await resolveSession(db.prisma, token, idleMinutes, afterSignInLimit)).not.toBeNull();
    // And it does end once a whole idle period passes without use.
    const idleTooLong = new Date(afterSignInLimit.getTime() + idleMinutes * 60_000 + 5_000);
    expect(await resolveSession(db.prisma, token, idleMinutes, idleTooLong)).toBeNull();
  });

  // Only PostgreSQL runs transactions side by side: PGlite serialises them, so no race can happen there.
  if (kind === 'postgres')
    test('20 concurrent creates with one code: one succeeds, the rest are 409 with the pre-check message (item 5)', async () => {
      const admin = callerFor(db, { today: TODAY });
      const creates = (entityType: string) => db.prisma.auditEntry.count({ where: { entityType, action: 'create' } });
      const [unitsBefore, usersBefore] = [await creates('unit'), await creates('user')];
      const units = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => admin.unit.create({ code: 'RACE', name: `竞争单位${i}`, kind: 'town' })),
      );
      expect(units.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const result of units.filter((r) => r.status === 'rejected')) {
        const error = await rejection(Promise.reject(result.reason));
        expect([error.code, error.key, error.message]).toEqual([
          'CONFLICT',
          'unit.codeTaken',
          'The unit code RACE is already in use.',
        ]);
      }
      const users = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          admin.user.create({ username: 'racer', displayName: '竞争', role: 'viewer', password: TEST_PASSWORD }),
        ),
      );
      expect(users.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const result of users.filter((r) => r.status === 'rejected')) {
        const error = await rejection(Promise.reject(result.reason));
        expect([error.code, error.key]).toEqual(['CONFLICT', 'user.usernameTaken']);
      }
      // As with the pre-check: the refused creates wrote no audit row.
      expect(await creates('unit')).toBe(unitsBefore + 1);
      expect(await creates('user')).toBe(usersBefore + 1);
    }, 60_000);
});

describe('a fault', () => {
  test('is a 500 that names nothing internal, carries a request id, and is logged under it (items 3, 4)', async () => {
    // A PostgreSQL server that is not there: every query fails with the driver's "cannot connect".
    const db = await openDatabase({
      kind: 'postgres',
      url: 'postgres://nobody:secret@127.0.0.1:1/none',
      poolSize: 1,
      connectTimeoutMs: 500,
    });
    const faults: Parameters<FaultLog>[0][] = [];
    const app = buildHttpApp({
      db,
      logger: false,
      today: () => TODAY,
      sessionIdleMinutes: 60,
      faultLog: (f) => void faults.push(f),
    });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        payload: JSON.stringify({ json: { username: 'someone', password: 'something-long' } }),
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toMatch(LEAK);
      expect(response.body).not.toMatch(/5443|127\.0\.0\.1|reach|ECONNREFUSED|nobody/);
      const { data, message } = response.json<ErrorBody>().error.json;
      const requestId = response.headers['x-request-id'];
      expect(data.stack).toBeUndefined();
      expect(data.requestId).toBe(requestId);
      expect(data.appError).toEqual({ key: 'internal.withId', params: { requestId } });
      expect(message).toContain(String(requestId));
      expect(faults.map((f) => [f.requestId, f.what])).toEqual([[requestId, 'auth.signIn']]);
      expect(String(faults[0]!.error)).toMatch(/./); // the log has the driver's own words

      const download = await app.inject({
        method: 'GET',
        url: '/audit.csv',
        headers: { cookie: `${SESSION_COOKIE}=x` },
      });
      expect(download.statusCode).toBe(500);
      expect(download.body).not.toMatch(LEAK);
      expect(download.body).toContain(String(download.headers['x-request-id']));
      expect(faults).toHaveLength(2);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('configuration messages (item 12)', () => {
  test('an impossible BACKPLAN_TODAY is named in words, not as a message key', () => {
    expect(() => readEnv({ BACKPLAN_TODAY: '2026-02-30' })).toThrow(
      'Invalid configuration:\n  BACKPLAN_TODAY: Enter a valid date (YYYY-MM-DD).',
    );
  });

  test('a HOST that names no address stops the server before the database, naming the variable', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-host-'));
    try {
      const { code, output } = await runMain({ HOST: 'no-such-host.invalid', BACKPLAN_DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(output).toMatch(/HOST: "no-such-host\.invalid" is not an address of this machine/);
      expect(output).not.toMatch(/Applied migrations/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the server as `npm start` runs it (production mode)', () => {
  test('no error answer carries a stack or a server file path (issue 13 item 16)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-prod-'));
    const server = await startMain({ BACKPLAN_DATA_DIR: dataDir, BACKPLAN_DEMO: '0', NODE_ENV: 'production' });
    try {
      const answers = await Promise.all([
        fetch(`${server.url}/trpc/board.get`), // 401
        fetch(`${server.url}/trpc/project.get?input=${encodeURIComponent('{"json":{"id":2147483648}}')}`), // 401 first
        fetch(`${server.url}/trpc/no.such`), // 404
        fetch(`${server.url}/trpc/auth.signIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"json":{"username":"a\\u0000b","password":"x"}}',
        }), // 400
        fetch(`${server.url}/trpc/auth.signIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{not json',
        }), // 400
        fetch(`${server.url}/trpc/auth.signIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"json":{"username":"nobody","password":"wrong-password"}}',
        }), // 401
      ]);
      const statuses = answers.map((answer) => answer.status);
      expect(statuses).toEqual([401, 401, 404, 400, 400, 401]);
      for (const answer of answers) {
        const text = await answer.text();
        expect(text).not.toMatch(LEAK);
        expect(text).not.toMatch(/"stack"|\.ts\b|\/work\/|server\//);
      }
    } finally {
      server.stop();
      await server.exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

function spawnMain(env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      BACKPLAN_DEMO: '0',
      DATABASE_URL: '',
      BACKPLAN_LOG: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawnMain(env);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

async function startMain(env: Record<string, string>) {
  const child = spawnMain(env);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`The server exited before it started:\n${output}`)));
  });
  return { url, exited, stop: () => child.kill('SIGTERM') };
}
