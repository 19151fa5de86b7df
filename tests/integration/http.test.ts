import { afterAll, beforeAll, expect, test } from 'vitest';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

let server: RunningServer;
let cookie = '';

interface ErrorJson {
  message: string;
  data: {
    code: string;
    appError: { key: string; params: object };
    fieldErrors: Record<string, { key: string; message: string }> | null;
  };
}

async function call(procedure: string, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ json: input }),
  });
  const text = await response.text();
  const body = (text.startsWith('{') ? JSON.parse(text) : {}) as { error?: { json: ErrorJson } };
  return { status: response.status, setCookie: response.headers.get('set-cookie') ?? '', body };
}

beforeAll(async () => {
  server = await startServer({
    database: { kind: 'pglite', dataDir: null },
    host: '127.0.0.1',
    port: 0,
    seedDemo: false,
  });
  await makeUser(server.db.prisma, 'admin', { username: 'http-admin' });
  const signedIn = await call('auth.signIn', { username: 'http-admin', password: TEST_PASSWORD });
  expect(signedIn.status).toBe(200);
  cookie = signedIn.setCookie.split(';')[0]!;
});
afterAll(() => server?.close());

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
  expect(lines[0]).toBe('id,at,actor,action,entityType,entityId,before,after,reason');
  expect(lines.slice(1).every((line) => line.includes(',http-admin,signIn,user,'))).toBe(true);
  expect((await fetch(`${server.url}/audit.csv`)).status).toBe(401);
});

test('GET /healthz names the database and counts applied migrations', async () => {
  const response = await fetch(`${server.url}/healthz`);
  const { migrationDirectories } = await readMigrationList();
  expect(migrationDirectories.length).toBeGreaterThanOrEqual(2);
  expect(await response.json()).toEqual({ ok: true, database: 'pglite', migrations: migrationDirectories.length });
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
