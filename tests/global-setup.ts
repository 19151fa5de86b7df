// Prepared once per `vitest run`, before any test file: the migrated databases every suite starts
// from. Migrating costs seconds (PGlite's initdb alone is most of them); cloning what was migrated once
// costs a fraction of that. Suites that test migrations themselves still start from empty databases.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/client.js';
import { applyMigrations } from '../server/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory, for `loadDataDir`. */
    pgliteTemplate: string;
    /** A migrated database on the TEST_DATABASE_URL server, for `CREATE DATABASE … TEMPLATE`; '' without one. */
    postgresTemplate: string;
    /** Where the end-to-end harness keeps the data directories it has prepared, one per "today". */
    e2eCacheDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backplan-test-templates-'));
  const e2eCacheDir = path.join(dir, 'e2e');
  // One after the other: two of Prisma's WebAssembly schema engines at once in one process have failed.
  const pgliteTemplate = await preparePglite(path.join(dir, 'pglite.tar'));
  const postgres = process.env.TEST_DATABASE_URL ? await preparePostgres(process.env.TEST_DATABASE_URL) : null;
  project.provide('pgliteTemplate', pgliteTemplate);
  project.provide('postgresTemplate', postgres?.name ?? '');
  project.provide('e2eCacheDir', e2eCacheDir);
  return async () => {
    await postgres?.drop();
    await rm(dir, { recursive: true, force: true });
  };
}

async function preparePglite(file: string): Promise<string> {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await applyMigrations(db);
    const dump = await db.pglite!.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await db.close();
  }
}

async function preparePostgres(adminUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `backplan_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Closed before any suite copies it: PostgreSQL copies a template only while nobody is connected to it.
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1, connectTimeoutMs: 5000 });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  return {
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
