// What an operator sees of a start and a stop: the first admin and its one-time password on an empty
// database, two servers starting together on one PostgreSQL database, and the server process ending
// on SIGTERM: cleanly, or at once on a second signal, or after 10 s when something holds it up.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type DatabaseConfig } from '../../server/db/client.js';
import { countAppliedMigrations } from '../../server/db/migrate.js';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { createPostgresDatabase, testDatabaseKinds, type TestDatabaseKind } from '../factories/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2025-11-24';
const ONE_TIME_PASSWORD = /administrator "admin" with the one-time password: (\S+)/;
const DEMO_WARNING = /demo accounts \(demo-admin, demo-editor, demo-viewer\) still have the published password/;

/** A start-up log to read back: info lines as they are, warnings prefixed "warn: ". */
function captureLog() {
  const lines: string[] = [];
  return {
    lines,
    log: { log: (line: string) => void lines.push(line), warn: (line: string) => void lines.push(`warn: ${line}`) },
  };
}

/** An empty database; on PostgreSQL with a pool of one connection, the least a server may be given. */
async function emptyDatabase(kind: TestDatabaseKind): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (kind === 'pglite') return { config: { kind, dataDir: null }, drop: async () => {} };
  const { url, drop } = await createPostgresDatabase();
  return { config: { kind, url, poolSize: 1, connectTimeoutMs: 5000 }, drop };
}

async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password } }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe.each(testDatabaseKinds)('first start on an empty %s database, with the demo data', (kind) => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  const { lines, log } = captureLog();

  beforeAll(async () => {
    const database = await emptyDatabase(kind);
    drop = database.drop;
    server = await startServer({
      database: database.config,
      host: '127.0.0.1',
      port: 0,
      seedDemo: true,
      today: TODAY,
      log,
    });
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  test('prints a one-time password for "admin", who must change it before doing anything else', async () => {
    const password = ONE_TIME_PASSWORD.exec(lines.join('\n'))?.[1];
    expect(password, lines.join('\n')).toBeDefined();
    const cookie = await signIn(server.url, 'admin', password!);
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({
      result: { data: { json: { actor: { username: 'admin', role: 'admin' }, mustChangePassword: true } } },
    });
    const board = await fetch(`${server.url}/trpc/board.get`, { headers: { cookie } });
    expect(board.status).toBe(403);
  });

  test('adds the three demo accounts beside it and warns at start that they keep the published password', async () => {
    const users = await server.db.prisma.user.findMany({ select: { username: true }, orderBy: { username: 'asc' } });
    expect(users.map((user) => user.username)).toEqual(['admin', 'demo-admin', 'demo-editor', 'demo-viewer']);
    expect(lines.filter((line) => line.startsWith('warn: ') && DEMO_WARNING.test(line))).toHaveLength(1);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two servers starting together on an empty PostgreSQL database', () => {
  const servers: RunningServer[] = [];
  let drop: () => Promise<void>;
  const logs = [captureLog(), captureLog()];

  beforeAll(async () => {
    const database = await emptyDatabase('postgres');
    drop = database.drop;
    const start = ({ log }: (typeof logs)[number]) =>
      startServer({ database: database.config, host: '127.0.0.1', port: 0, seedDemo: true, today: TODAY, log });
    servers.push(...(await Promise.all(logs.map(start))));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await drop?.();
  });

  test('both come up, and the migrations, the demo data and the first admin are there once', async () => {
    const migrations = (await readMigrationList()).migrationDirectories.length;
    for (const server of servers) {
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, database: 'postgres', migrations });
    }
    const prisma = servers[0]!.db.prisma;
    const rows = await prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations`;
    expect(rows).toHaveLength(migrations);
    expect(await prisma.project.count()).toBe(40);
    expect(await prisma.user.count({ where: { username: 'admin' } })).toBe(1);

    const allLines = logs.flatMap(({ lines }) => lines);
    expect(allLines.filter((line) => line.startsWith('Applied migrations:'))).toHaveLength(1);
    expect(allLines.filter((line) => ONE_TIME_PASSWORD.test(line))).toHaveLength(1);
    expect(allLines.filter((line) => line === 'Seeded 40 demo projects.')).toHaveLength(1);
  });
});

/** `server/main.ts` as `npm start` runs it, on the embedded database in `dataDir`, once it listens. */
async function startProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      BACKPLAN_DATA_DIR: dataDir,
      BACKPLAN_DEMO: '0',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<URL>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(output);
      if (match) resolve(new URL(match[1]!));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`The server exited before it started:\n${output}`)));
  });
  return { url, exited, output: () => output, signal: () => child.kill('SIGTERM') };
}

/** A client that sends half a request and waits: the HTTP server cannot close until it gives up. */
async function stuckRequest(url: URL): Promise<net.Socket> {
  const socket = net.connect(Number(url.port), url.hostname);
  socket.on('error', () => {}); // the server going away resets it: that is what these tests cause
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write('GET /healthz HTTP/1.1\r\nHost: backplan\r\n');
  return socket;
}

describe('the server process on a signal', () => {
  let dataDir: string;
  const lockPath = () => path.join(dataDir, 'backplan.lock');
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-stop-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  test('closes cleanly on SIGTERM: exit code 0, and the data directory is free for the next server', async () => {
    const server = await startProcess(dataDir);
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
    server.signal();
    expect(await server.exited, server.output()).toEqual({ code: 0, signal: null });
    expect(existsSync(lockPath())).toBe(false);
    const db = await openDatabase({ kind: 'pglite', dataDir });
    expect(await countAppliedMigrations(db)).toBe((await readMigrationList()).migrationDirectories.length);
    await db.close();
  }, 180_000);

  test('a second SIGTERM while closing ends the process at once', async () => {
    const server = await startProcess(dataDir);
    const socket = await stuckRequest(server.url);
    server.signal();
    await expect.poll(() => server.output()).toMatch(/SIGTERM: closing/);
    server.signal();
    expect(await server.exited).toEqual({ code: 1, signal: null });
    // The second signal ended it, not the 10-second limit.
    expect(server.output()).toMatch(/SIGTERM again: exiting without closing cleanly/);
    expect(server.output()).not.toMatch(/Still closing/);
    socket.destroy();
  }, 180_000);

  test('a close that does not finish in 10 s ends the process anyway, and the next start takes the lock over', async () => {
    expect(existsSync(lockPath())).toBe(true); // left by the process ended above
    const server = await startProcess(dataDir);
    const socket = await stuckRequest(server.url);
    const signalAt = Date.now();
    server.signal();
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - signalAt).toBeGreaterThanOrEqual(10_000);
    expect(server.output()).toMatch(/Still closing after 10 s: exiting without closing cleanly/);
    socket.destroy();
  }, 180_000);
});
