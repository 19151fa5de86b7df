// What an operator sees of a start: the first admin and its one-time password on an empty database,
// and two servers starting together on one PostgreSQL database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseConfig } from '../../server/db/client.js';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { createPostgresDatabase, testDatabaseKinds, type TestDatabaseKind } from '../factories/test-database.js';

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
