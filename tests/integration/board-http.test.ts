// The board as a browser fetches it: GET /trpc/board.get answered from the read model's bytes, with an
// ETag, 304s, gzip or br, and the same board tRPC's own procedure gives.
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../server/index.js';
import { ensureDefaultTemplates } from '../../server/seed/default-templates.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { createPostgresDatabase, testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

const TODAY = '2026-03-02';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body comes as sent (fetch would undo the compression). */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

async function post(url: string, procedure: string, input: unknown, cookie: string) {
  const response = await fetch(`${url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ json: input }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${procedure}: ${response.status} ${text}`);
  return superjson.deserialize((JSON.parse(text) as { result: { data: never } }).result.data) as never;
}

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password: TEST_PASSWORD } }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const boardOf = (json: Buffer) =>
  superjson.deserialize((JSON.parse(json.toString()) as { result: { data: never } }).result.data);

async function serverOn(kind: 'pglite' | 'postgres', url?: string) {
  const database =
    kind === 'pglite'
      ? ({ kind: 'pglite', dataDir: null } as const)
      : ({ kind: 'postgres', url: url!, poolSize: 4, connectTimeoutMs: 5000 } as const);
  return startServer({ database, host: '127.0.0.1', port: 0, seedDemo: false, today: TODAY });
}

describe.each(testDatabaseKinds)('board.get over HTTP on %s', (kind) => {
  let server: RunningServer;
  let drop = async () => {};
  let cookie = '';
  let unitId = 0;
  const get = (headers: Record<string, string> = {}) => rawGet(`${server.url}/trpc/board.get`, { cookie, ...headers });

  beforeAll(async () => {
    let url: string | undefined;
    if (kind === 'postgres') ({ url, drop } = await createPostgresDatabase());
    server = await serverOn(kind, url);
    await ensureDefaultTemplates({ prisma: server.db.prisma });
    await makeUser(server.db.prisma, 'admin', { username: 'board-http-admin' });
    cookie = await signIn(server.url, 'board-http-admin');
    unitId = (await makeUnit(server.db.prisma)).id;
    for (const targetDate of ['2026-09-30', '2027-06-30', '2030-01-31']) {
      await post(server.url, 'project.create', projectInput(unitId, { targetDate }), cookie);
    }
  });
  afterAll(async () => {
    await server?.close();
    await drop();
  });

  test('answers what the procedure answers, built from scratch, with an ETag and no-cache', async () => {
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.etag).toMatch(/^".+"$/);
    const fromBytes = boardOf(answer.body);
    // tRPC's own answer (a batched call is not served from bytes) and a board built from nothing.
    const batched = await rawGet(`${server.url}/trpc/board.get?batch=1&input=${encodeURIComponent('{}')}`, { cookie });
    const viaTrpc = superjson.deserialize(
      (JSON.parse(batched.body.toString()) as [{ result: { data: never } }])[0].result.data,
    );
    expect(fromBytes).toEqual(viaTrpc);
    expect(fromBytes).toEqual(await callerFor(server.db, { today: TODAY }).board.get());
    expect((fromBytes as { columns: { cards: unknown[] }[] }).columns.flatMap((c) => c.cards)).toHaveLength(3);
  });

  test('304 for the ETag it gave, and a new ETag after a move', async () => {
    const first = await get();
    const etag = first.headers.etag!;
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const card = (boardOf(first.body) as { columns: { cards: { id: number; version: number }[] }[] }).columns[0]!
      .cards[0]!;
    await post(
      server.url,
      'project.move',
      { id: card.id, toStage: 'contribution', expectedVersion: card.version, reason: '容缺推进' },
      cookie,
    );
    const after = await get({ 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const moved = (boardOf(after.body) as { columns: { stage: string; cards: { id: number }[] }[] }).columns.find(
      (c) => c.stage === 'contribution',
    )!;
    expect(moved.cards.map((c) => c.id)).toContain(card.id);
  });

  test('a calendar change makes a new ETag too', async () => {
    const before = (await get()).headers.etag;
    await post(server.url, 'calendar.set', { date: '2026-09-29', kind: 'holiday', note: '' }, cookie);
    expect((await get()).headers.etag).not.toBe(before);
  });

  test('gzip and br answers decode to the same JSON', async () => {
    const plain = await get({ 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzipped = await get({ 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    const brotli = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
  });

  test('nobody signed in gets tRPC’s own refusal', async () => {
    const answer = await rawGet(`${server.url}/trpc/board.get`, {});
    expect(answer.status).toBe(401);
    expect(answer.headers.etag).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toMatchObject({ error: { json: { data: { code: 'UNAUTHORIZED' } } } });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two servers on one PostgreSQL', () => {
  let a: RunningServer;
  let b: RunningServer;
  let drop = async () => {};

  beforeAll(async () => {
    let url: string;
    ({ url, drop } = await createPostgresDatabase());
    a = await serverOn('postgres', url);
    b = await serverOn('postgres', url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop();
  });

  test('serve the same board, byte for byte, once B hears of A’s move', async () => {
    await ensureDefaultTemplates({ prisma: a.db.prisma });
    await makeUser(a.db.prisma, 'admin', { username: 'two-servers-admin' });
    const [cookieA, cookieB] = [await signIn(a.url, 'two-servers-admin'), await signIn(b.url, 'two-servers-admin')];
    const unitId = (await makeUnit(a.db.prisma)).id;
    const created = (await post(a.url, 'project.create', projectInput(unitId), cookieA)) as { id: number };
    await post(
      a.url,
      'project.move',
      { id: created.id, toStage: 'contribution', expectedVersion: 1, reason: '容缺推进' },
      cookieA,
    );
    const fromA = await rawGet(`${a.url}/trpc/board.get`, { cookie: cookieA });
    // B learns of the move from its listener: wait for the notification, not for a fixed time.
    let fromB = await rawGet(`${b.url}/trpc/board.get`, { cookie: cookieB });
    for (const deadline = Date.now() + 10_000; fromB.headers.etag !== fromA.headers.etag && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      fromB = await rawGet(`${b.url}/trpc/board.get`, { cookie: cookieB });
    }
    expect(fromB.headers.etag).toBe(fromA.headers.etag);
    expect(fromB.body.equals(fromA.body)).toBe(true);
  });
});

describe.runIf(existsSync(path.resolve(import.meta.dirname, '../../dist/client/index.html')))(
  'the built client',
  () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await serverOn('pglite');
    });
    afterAll(() => server?.close());

    test('is sent compressed, hashed assets for good and the page revalidated', async () => {
      const page = await rawGet(`${server.url}/`, { 'accept-encoding': 'gzip' });
      expect(page.headers['cache-control']).toBe('no-cache');
      const html = zlib.gunzipSync(page.body).toString();
      const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      const brotli = await rawGet(`${server.url}${script}`, { 'accept-encoding': 'gzip, br' });
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const gzipped = await rawGet(`${server.url}${script}`, { 'accept-encoding': 'gzip' });
      expect(zlib.brotliDecompressSync(brotli.body).equals(zlib.gunzipSync(gzipped.body))).toBe(true);
      // The JavaScript a first visit loads stays within 250 KB compressed.
      expect(gzipped.body.length).toBeLessThanOrEqual(250 * 1024);
    });
  },
);
