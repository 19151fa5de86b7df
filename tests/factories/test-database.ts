// Fresh, migrated databases for tests: PGlite always, and PostgreSQL too when TEST_DATABASE_URL
// names a server (each suite gets a database of its own there, dropped afterwards). Both are copies
// of databases migrated once per run (tests/global-setup.ts): a copy takes a fraction of a migration.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../server/db/client.js';
import { applyMigrations } from '../../server/db/migrate.js';

export type TestDatabaseKind = Database['kind'];

export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const template = inject('pgliteTemplate');
    const db = await openDatabase({
      kind: 'pglite',
      dataDir: null,
      ...(template && { loadDataDir: new Blob([await readFile(template)]) }),
    });
    if (!template) await applyMigrations(db);
    return { ...db, dispose: () => db.close() };
  }
  const template = inject('postgresTemplate');
  const { url, drop } = await createPostgresDatabase(template || undefined);
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 5, connectTimeoutMs: 5000 });
  if (!template) await applyMigrations(db);
  return {
    ...db,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}

/**
 * A database on the TEST_DATABASE_URL server, and how to drop it: empty, or a copy of `template`
 * (which nobody may be connected to meanwhile).
 */
export async function createPostgresDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `backplan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
