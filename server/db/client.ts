// One place that opens the database: PGlite in-process by default, a PostgreSQL server when
// DATABASE_URL names one. Same schema, same migrations, same queries on both.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from './generated/client.js';
import { lockDataDir } from './data-dir-lock.js';

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null /* null: in memory */; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; poolSize: number; connectTimeoutMs: number };

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs `fn` while holding a database-wide lock, so two servers starting together take turns. */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Only for PGlite: the in-process instance (tests clone prepared databases from it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const STARTUP_LOCK_KEY = 0x6261636b; // 'back'

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, config.loadDataDir) : openPostgres(config);
}

async function openPglite(dataDir: string | null, loadDataDir?: Blob | File): Promise<Database> {
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  try {
    const pglite = dataDir
      ? await PGlite.create(path.join(dataDir, 'pgdata'), loadDataDir ? { loadDataDir } : {})
      : await PGlite.create(loadDataDir ? { loadDataDir } : {});
    const adapterFactory = new PrismaPGlite(pglite);
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      kind: 'pglite',
      prisma,
      adapterFactory,
      pglite,
      withStartupLock: (fn) => fn(), // one process per data directory already
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: config.connectTimeoutMs,
  });
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const adapterFactory = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'postgres',
    prisma,
    adapterFactory,
    async withStartupLock(fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
