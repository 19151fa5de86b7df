// The server as a browser or an operator meets it over HTTP: cookies, the cross-site guard, downloads,
// what it believes of X-Forwarded-* headers, and how errors read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { readEnv } from '../../server/env.js';
import { buildHttpApp } from '../../server/http.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { LOCKOUT } from '../../server/services/auth/sign-in.js';
import { createPostgresDatabase, testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

interface ErrorJson {
  message: string;
  data: {
    code: string;
    appError: { key: string; params: object };
    fieldErrors: Record<string, { key: string; message: string }> | null;
  };
}

async function post(url: string, procedure: string, input: unknown, headers: Record<string, string>) {
  const response = await fetch(`${url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ json: input }),
  });
  const text = await response.text();
  const body = (text.startsWith('{') ? JSON.parse(text) : {}) as { error?: { json: ErrorJson } };
  return { status: response.status, setCookie: response.headers.get('set-cookie') ?? '', body };
}

test('a bad BACKPLAN_TRUST_PROXY stops the server with a message naming it', () => {
  expect(readEnv({}).BACKPLAN_TRUST_PROXY).toBe(false);
  expect(readEnv({ BACKPLAN_TRUST_PROXY: 'true' }).BACKPLAN_TRUST_PROXY).toBe(true);
  expect(readEnv({ BACKPLAN_TRUST_PROXY: '10.0.0.0/8, ::1' }).BACKPLAN_TRUST_PROXY).toEqual(['10.0.0.0/8', '::1']);
  for (const bad of ['yes', '10.0.0.1/40', '2']) {
    expect(() => readEnv({ BACKPLAN_TRUST_PROXY: bad })).toThrow(/BACKPLAN_TRUST_PROXY: must be .*proxy addresses/);
  }
});

describe.each(testDatabaseKinds)('over HTTP on %s', (kind) => {
  let server: RunningServer;
  let dropDatabase = async () => {};
  let cookie = '';
  const call = (procedure: string, input: unknown, headers: Record<string, string> = {}) =>
    post(server.url, procedure, input, { cookie, ...headers });

  beforeAll(async () => {
    let database: Parameters<typeof startServer>[0]['database'] = { kind: 'pglite', dataDir: null };
    if (kind === 'postgres') {
      const created = await createPostgresDatabase();
      dropDatabase = created.drop;
      database = { kind: 'postgres', url: created.url, poolSize: 4, connectTimeoutMs: 5000 };
    }
    server = await startServer({ database, host: '127.0.0.1', port: 0, seedDemo: false });
    await makeUser(server.db.prisma, 'admin', { username: 'http-admin' });
    const signedIn = await call('auth.signIn', { username: 'http-admin', password: TEST_PASSWORD });
    expect(signedIn.status).toBe(200);
    cookie = signedIn.setCookie.split(';')[0]!;
  });
  afterAll(async () => {
    await server?.close();
    await dropDatabase();
  });

  test('sign-in sets an HttpOnly, SameSite=Lax session cookie; without it the API answers 401', async () => {
    const signedIn = await call('auth.signIn', { username: 'http-admin', password: TEST_PASSWORD }, { cookie: '' });
    expect(signedIn.setCookie).toMatch(/^backplan_session=[\w-]{40,};/);
    expect(signedIn.setCookie).toMatch(/HttpOnly/);
    expect(signedIn.setCookie).toMatch(/SameSite=Lax/);
    expect(signedIn.setCookie).not.toMatch(/Secure/); // plain HTTP here; set behind HTTPS
    const anonymous = await fetch(`${server.url}/trpc/board.get`);
    expect(anonymous.status).toBe(401);
  });

  test('state changes need a JSON POST from our own origin', async () => {
    const crossSite = await call(
      'project.move',
      { id: 1, toStage: 'acceleration', expectedVersion: 1 },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    const fetchSite = await call(
      'project.move',
      { id: 1, toStage: 'acceleration', expectedVersion: 1 },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(fetchSite.status).toBe(403);
    const form = await fetch(`${server.url}/trpc/project.move`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'json=%7B%7D',
    });
    expect(form.status).toBe(415);
    const viaGet = await fetch(`${server.url}/trpc/project.move?input=${encodeURIComponent('{"json":{}}')}`, {
      headers: { cookie },
    });
    expect(viaGet.status).toBe(405);
    const sameOrigin = await call(
      'project.move',
      { id: 4041, toStage: 'acceleration', expectedVersion: 1 },
      { origin: server.url },
    );
    expect(sameOrigin.status).toBe(404); // reached the procedure
  });

  test('the audit log downloads as CSV for an admin, with the sign-in in it', async () => {
    const response = await fetch(`${server.url}/audit.csv?action=signIn`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('时间（北京时间 UTC+08:00）,操作人,操作,对象,变更内容,原因');
    expect(lines.slice(1).every((line) => line.includes(',http-admin,登录,用户 http-admin,'))).toBe(true);
    expect((await fetch(`${server.url}/audit.csv`)).status).toBe(401);
  });

  test('the audit CSV shows a formula typed as a username as text', async () => {
    const typed = await call('auth.signIn', { username: '=1+1', password: 'wrong-password' }, { cookie: '' });
    expect(typed.status).toBe(401);
    const response = await fetch(`${server.url}/audit.csv?action=signInFailed`, { headers: { cookie } });
    const csv = await response.text();
    expect(csv).toContain(',系统,登录失败,用户 =1+1,');
    expect(csv).not.toMatch(/,"?=1\+1/);
  });

  test('GET /healthz names the database and counts applied migrations', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const { migrationDirectories } = await readMigrationList();
    expect(migrationDirectories.length).toBeGreaterThanOrEqual(2);
    expect(await response.json()).toEqual({ ok: true, database: kind, migrations: migrationDirectories.length });
  });

  test('board.get over HTTP answers the three columns', async () => {
    const response = await fetch(`${server.url}/trpc/board.get`, { headers: { cookie } });
    const body = (await response.json()) as { result: { data: { json: { columns: { stage: string }[] } } } };
    expect(body.result.data.json.columns.map((c) => c.stage)).toEqual(['maturity', 'acceleration', 'contribution']);
  });

  test('bad input answers 400 with a translatable message for each field', async () => {
    const { status, body } = await call('project.create', {
      code: 'bad code',
      name: '',
      ownerUnitId: 1,
      totalInvestment: '1.234',
      plannedInvestment: '0',
      targetDate: '2026-13-01',
    });
    expect(status).toBe(400);
    const error = body.error!.json;
    // A script calling the API reads which fields are wrong from the message itself.
    expect(error.message).toMatch(/not valid.*code: A project code looks like.*name: This field is required/);
    expect(error.data.appError.key).toBe('validation.failed');
    expect(error.data.fieldErrors).toMatchObject({
      code: { key: 'validation.projectCode', message: expect.stringContaining('ZQ-2024-001') },
      name: { key: 'validation.required', message: 'This field is required.' },
      totalInvestment: { key: 'validation.amount' },
      targetDate: { key: 'validation.date' },
    });
  });

  test('an unknown project answers 404 naming it, in words and as a key with parameters', async () => {
    const { status, body } = await call('project.move', { id: 4040, toStage: 'acceleration', expectedVersion: 1 });
    expect(status).toBe(404);
    const error = body.error!.json;
    expect(error.message).toContain('4040');
    expect(error.data.appError).toEqual({ key: 'project.notFound', params: { id: 4040 } });
  });

  test('a direct client cannot pick its address with X-Forwarded-For: rotating it still locks the real one', async () => {
    // This machine's address, as the server sees it, starts with no failures and ends with none.
    const clearFailures = () => server.db.prisma.signInFailure.deleteMany({ where: { address: '127.0.0.1' } });
    await clearFailures();
    try {
      const attempts = Array.from({ length: LOCKOUT.addressFailures }, (_, i) =>
        call(
          'auth.signIn',
          { username: `rotating-${i}`, password: 'wrong-password' },
          { cookie: '', 'x-forwarded-for': `203.0.113.${i}` },
        ),
      );
      expect(new Set((await Promise.all(attempts)).map((attempt) => attempt.status))).toEqual(new Set([401]));
      const next = await call(
        'auth.signIn',
        { username: 'http-admin', password: TEST_PASSWORD },
        { cookie: '', 'x-forwarded-for': '203.0.113.200' },
      );
      expect([next.status, next.body.error?.json.data.appError.key]).toEqual([429, 'auth.addressLocked']);
    } finally {
      await clearFailures();
    }
  });

  test('X-Forwarded-Proto and -For count only from a trusted proxy (BACKPLAN_TRUST_PROXY)', async () => {
    const signIn = { username: 'http-admin', password: TEST_PASSWORD };
    const forwarded = { cookie: '', 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' };
    const direct = await call('auth.signIn', signIn, forwarded);
    expect(direct.status).toBe(200);
    expect(direct.setCookie).not.toMatch(/Secure/);

    const behindProxy = buildHttpApp({
      db: server.db,
      logger: false,
      today: () => '2026-03-02',
      sessionIdleMinutes: 480,
      trustProxy: ['127.0.0.1'],
    });
    const proxied = await behindProxy.listen({ host: '127.0.0.1', port: 0 });
    try {
      const viaProxy = await post(proxied, 'auth.signIn', signIn, forwarded);
      expect(viaProxy.status).toBe(200);
      expect(viaProxy.setCookie).toMatch(/; Secure/);
      const failed = await post(proxied, 'auth.signIn', { ...signIn, password: 'wrong-password' }, forwarded);
      expect(failed.status).toBe(401);
      const [row] = await server.db.prisma.auditEntry.findMany({
        where: { action: 'signInFailed', entityId: 'http-admin' },
        orderBy: { id: 'desc' },
        take: 1,
        select: { after: true },
      });
      expect(row?.after).toEqual({ address: '198.51.100.7' });
    } finally {
      await behindProxy.close();
    }
  });

  test('a sign-out or a disabled account holds on no request after it, however soon', async () => {
    const person = await makeUser(server.db.prisma, 'viewer', { username: 'http-reader' });
    const signInAs = async () => {
      const answer = await call('auth.signIn', { username: 'http-reader', password: TEST_PASSWORD }, { cookie: '' });
      return answer.setCookie.split(';')[0]!;
    };
    const meAs = async (reader: string) =>
      (await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: reader } }).then((r) => r.json())) as {
        result: { data: { json: { actor: { username: string } } | null } };
      };
    const boardAs = (reader: string) => fetch(`${server.url}/trpc/board.get`, { headers: { cookie: reader } });

    // Each request right after one that was answered for the same cookie.
    const first = await signInAs();
    expect((await boardAs(first)).status).toBe(200);
    expect((await meAs(first)).result.data.json?.actor.username).toBe('http-reader');
    expect((await call('auth.signOut', null, { cookie: first })).status).toBe(200);
    expect((await boardAs(first)).status).toBe(401);
    expect((await meAs(first)).result.data.json).toBeNull();

    const second = await signInAs();
    expect((await boardAs(second)).status).toBe(200);
    expect((await call('user.update', { id: person.id, patch: { isDisabled: true } })).status).toBe(200);
    expect((await boardAs(second)).status).toBe(401);
    expect((await meAs(second)).result.data.json).toBeNull();
  });
});
