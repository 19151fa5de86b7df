import type { Database } from './client.js';
import { NO_FILTER, openSchemaEngine, readMigrationList } from './schema-engine.js';

/** Applies pending migrations from prisma/migrations under the start-up lock; returns the names it applied. */
export async function applyMigrations(db: Database): Promise<string[]> {
  return db.withStartupLock(() => applyMigrationsHoldingLock(db));
}

/** The same, for a caller that already holds the start-up lock (the server, which also seeds under it). */
export async function applyMigrationsHoldingLock(db: Database): Promise<string[]> {
  const adapter = await db.openMigrationAdapter();
  try {
    const engine = await openSchemaEngine(adapter.factory);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: await readMigrationList(),
        filters: NO_FILTER,
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await adapter.close();
  }
}

export async function countAppliedMigrations(db: Database): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return Number(rows[0]?.count ?? 0);
}
