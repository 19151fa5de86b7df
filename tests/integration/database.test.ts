import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../server/db/client.js';
import { DataDirInUseError, lockDataDir } from '../../server/db/data-dir-lock.js';
import { applyMigrations, countAppliedMigrations } from '../../server/db/migrate.js';
import { pendingSchemaChange } from '../../server/db/schema-diff.js';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { startServer } from '../../server/index.js';
import { ensureDefaultTemplates } from '../../server/seed/default-templates.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { startProxy } from '../factories/tcp-proxy.js';
import {
  createPostgresDatabase,
  createTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from '../factories/test-database.js';

test('prisma/migrations and schema.prisma agree (run `npm run db:migrate -- --name …` if not)', async () => {
  expect(await pendingSchemaChange()).toBe('');
});

const migrationCount = async () => (await readMigrationList()).migrationDirectories.length;

describe('PGlite data directory', () => {
  let dir: string;
  let migrations: number;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'backplan-db-'));
    migrations = await migrationCount();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('keeps data across a reopen and refuses a second opener while in use', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    expect(await applyMigrations(first)).toHaveLength(migrations);
    await first.prisma.ownerUnit.create({ data: { code: 'FGJ', name: '区发改局', kind: 'department' } });

    const second = openDatabase({ kind: 'pglite', dataDir: dir });
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(second).rejects.toThrow(dir);
    await first.close();

    const reopened = await openDatabase({ kind: 'pglite', dataDir: dir });
    expect(await applyMigrations(reopened)).toEqual([]);
    expect(await countAppliedMigrations(reopened)).toBe(migrations);
    expect(await reopened.prisma.ownerUnit.findMany({ select: { name: true } })).toEqual([{ name: '区发改局' }]);
    await reopened.close();
  });

  test('takes over a lock left by a process that no longer exists', async () => {
    await writeFile(path.join(dir, 'backplan.lock'), '2147483646');
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    expect(await countAppliedMigrations(db)).toBe(migrations);
    await db.close();
  });

  test('a lock file that names no process yet is held, unless it has been so for seconds', async () => {
    const lockPath = path.join(dir, 'backplan.lock');
    await writeFile(lockPath, '');
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockPath, aMinuteAgo, aMinuteAgo);
    const unlock = await lockDataDir(dir);
    await unlock();
  });
});

/** A separate process taking and releasing a data-directory lock on command (fixtures/lock-contender.ts). */
async function startContender(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/lock-contender.ts'), dataDir],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  await nextLine(); // "ready"
  return {
    ask(command: 'take' | 'release') {
      const answer = nextLine();
      child.stdin!.write(`${command}\n`);
      return answer;
    },
    stop: () => new Promise((resolve) => child.once('exit', resolve).stdin!.end()),
  };
}

test('of several processes opening one data directory at the same moment, exactly one gets it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backplan-lock-'));
  const lockPath = path.join(dir, 'backplan.lock');
  const contenders = await Promise.all([1, 2, 3, 4].map(() => startContender(dir)));
  try {
    for (let round = 0; round < 30; round++) {
      // Every other round starts from a lock left by a server that died: only one may take it over.
      if (round % 2 === 1) await writeFile(lockPath, '2147483646');
      const answers = await Promise.all(contenders.map((contender) => contender.ask('take')));
      expect(answers.sort(), `round ${round}`).toEqual(['refused', 'refused', 'refused', 'won']);
      await Promise.all(contenders.map((contender) => contender.ask('release')));
      expect(existsSync(lockPath)).toBe(false);
    }
  } finally {
    await Promise.all(contenders.map((contender) => contender.stop()));
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

test('a PostgreSQL server that never answers gives an error, not a hung request', async () => {
  const silent = net.createServer(() => {}); // accepts connections, never speaks
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as net.AddressInfo;
  const db = await openDatabase({
    kind: 'postgres',
    url: `postgres://nobody:secret@127.0.0.1:${port}/backplan`,
    poolSize: 2,
    connectTimeoutMs: 300,
  });
  const started = Date.now();
  await expect(db.prisma.project.count()).rejects.toThrow();
  expect(Date.now() - started).toBeLessThan(5_000);
  await db.close();
  silent.close();
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL server', () => {
  test('two servers starting together apply each migration once', async () => {
    const { url, drop } = await createPostgresDatabase();
    const config = { kind: 'postgres' as const, url, poolSize: 3, connectTimeoutMs: 5000 };
    const [a, b] = await Promise.all([openDatabase(config), openDatabase(config)]);
    try {
      const applied = await Promise.all([applyMigrations(a), applyMigrations(b)]);
      const migrations = await migrationCount();
      expect(applied.map((names) => names.length).sort()).toEqual([0, migrations]);
      expect(await countAppliedMigrations(a)).toBe(migrations);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });

  test('a query the server stops answering fails after the query timeout instead of hanging', async () => {
    const { url, drop } = await createPostgresDatabase();
    const proxy = await startProxy(url);
    const db = await openDatabase({
      kind: 'postgres',
      url: proxy.url,
      poolSize: 2,
      connectTimeoutMs: 5000,
      queryTimeoutMs: 500,
    });
    try {
      await applyMigrations(db);
      expect(await db.prisma.project.count()).toBe(0);
      proxy.silence();
      const started = Date.now();
      await expect(db.prisma.project.count()).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(10_000); // a hung query would wait for the test to time out
    } finally {
      await db.close();
      await proxy.close();
      await drop();
    }
  });

  test('GET /healthz answers 503 when the database stops answering', async () => {
    const { url, drop } = await createPostgresDatabase();
    const proxy = await startProxy(url);
    const server = await startServer({
      database: { kind: 'postgres', url: proxy.url, poolSize: 2, connectTimeoutMs: 5000, queryTimeoutMs: 500 },
      host: '127.0.0.1',
      port: 0,
      seedDemo: false,
      log: { log: () => {}, warn: () => {} },
    });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      proxy.silence();
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(503);
      // The reason goes to the server's log, not to whoever asks.
      expect(await response.json()).toEqual({ ok: false, database: 'postgres', error: 'database unavailable' });
    } finally {
      await server.close();
      await proxy.close();
      await drop();
    }
  });
});

describe.each(testDatabaseKinds)('append-only logs on %s', (kind) => {
  let db: TestDatabase;
  let projectId: number;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureDefaultTemplates({ prisma: db.prisma });
    const unit = await makeUnit(db.prisma);
    ({ id: projectId } = await callerFor(db).project.create(projectInput(unit.id)));
    await db.prisma.stageMove.create({ data: { projectId, fromStage: 'maturity', toStage: 'acceleration' } });
  });
  afterAll(() => db?.dispose());

  test('the database refuses to change or remove an audit entry, whoever asks', async () => {
    const entry = await db.prisma.auditEntry.findFirstOrThrow();
    const refusal = /audit entries are append-only/;
    await expect(db.prisma.auditEntry.update({ where: { id: entry.id }, data: { reason: 'tidied' } })).rejects.toThrow(
      refusal,
    );
    await expect(db.prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(refusal);
    await expect(db.prisma.$executeRaw`TRUNCATE "AuditEntry"`).rejects.toThrow(refusal);
    expect(await db.prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
    // Writing goes on as before.
    await db.prisma.auditEntry.create({
      data: { actorName: 'test', action: 'test', entityType: 'test', entityId: '1' },
    });
  });

  test('…nor a stage move, so a project that has moved cannot be deleted either', async () => {
    const move = await db.prisma.stageMove.findFirstOrThrow({ where: { projectId } });
    const refusal = /stage moves are append-only/;
    await expect(db.prisma.stageMove.update({ where: { id: move.id }, data: { reason: 'tidied' } })).rejects.toThrow(
      refusal,
    );
    await expect(db.prisma.stageMove.deleteMany({ where: { projectId } })).rejects.toThrow(refusal);
    await expect(db.prisma.project.delete({ where: { id: projectId } })).rejects.toThrow(/foreign key/i);
    expect(await db.prisma.stageMove.findUniqueOrThrow({ where: { id: move.id } })).toEqual(move);
  });
});
