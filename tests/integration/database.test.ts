import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../server/db/client.js';
import { DataDirInUseError } from '../../server/db/data-dir-lock.js';
import { applyMigrations, countAppliedMigrations } from '../../server/db/migrate.js';
import { pendingSchemaChange } from '../../server/db/schema-diff.js';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { createPostgresDatabase } from '../factories/test-database.js';

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
});

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
});
