// The databases a bench run measures. They are migrated and seeded here, in the bench process,
// before the server starts: the server then finds projects and does not seed, and its memory
// figures are its own.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseConfig, type DatabaseKind } from '../../server/db/client.js';
import { applyMigrations } from '../../server/db/migrate.js';
import { seedDemoData } from '../../server/seed/seed-demo.js';
import { hashPassword } from '../../server/services/auth/passwords.js';
import { BENCH_USER } from './load.js';
import { todayIn } from '../../server/clock.js';
import { createPostgresDatabase } from '../../tests/factories/test-database.js';
import { elapsedSeconds, type Cleanups } from './util.js';

/** The baseline: ten milestones per project. */
const MILESTONES_PER_PROJECT = 10;

export interface PreparedDatabase {
  kind: DatabaseKind;
  /** What the server child needs in its environment to open this database. */
  env: Record<string, string>;
  migrateSeconds: number;
  seedSeconds: number;
}

/** Creates an empty database of `kind`, registers its removal in `cleanups`, migrates and seeds it. */
export async function prepareDatabase(
  kind: DatabaseKind,
  projects: number,
  cleanups: Cleanups,
): Promise<PreparedDatabase> {
  const { config, env } = kind === 'pglite' ? await temporaryPglite(cleanups) : await temporaryPostgres(cleanups);
  const db = await openDatabase(config);
  try {
    let started = performance.now();
    await applyMigrations(db);
    const migrateSeconds = elapsedSeconds(started);
    started = performance.now();
    const result = await seedDemoData(db.prisma, {
      today: todayIn(),
      count: projects,
      milestonesPerProject: MILESTONES_PER_PROJECT,
    });
    const seedSeconds = elapsedSeconds(started);
    await db.prisma.user.create({
      data: {
        username: BENCH_USER.username,
        displayName: 'bench',
        role: 'admin',
        passwordHash: await hashPassword(BENCH_USER.password),
      },
    });
    if (!result.seeded || result.projects !== projects) {
      throw new Error(`Seeding wrote ${result.projects} projects, expected ${projects}`);
    }
    return { kind, env, migrateSeconds, seedSeconds };
  } finally {
    await db.close();
  }
}

async function temporaryPglite(cleanups: Cleanups) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-bench-'));
  cleanups.add(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  const config: DatabaseConfig = { kind: 'pglite', dataDir };
  return { config, env: { BACKPLAN_DATA_DIR: dataDir } };
}

async function temporaryPostgres(cleanups: Cleanups) {
  const { url, drop } = await createPostgresDatabase();
  cleanups.add(`drop database ${new URL(url).pathname.slice(1)}`, drop);
  const config: DatabaseConfig = { kind: 'postgres', url, poolSize: 5, connectTimeoutMs: 5000 };
  return { config, env: { DATABASE_URL: url } };
}
