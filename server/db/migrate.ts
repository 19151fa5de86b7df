import type { Database } from './client.js';
import { NO_FILTER, openSchemaEngine, readMigrationList } from './schema-engine.js';

/** Applies pending migrations from prisma/migrations; returns the names it applied. */
export async function applyMigrations(db: Database): Promise<string[]> {
  return db.withStartupLock(async () => {
    const engine = await openSchemaEngine(db.adapterFactory);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: await readMigrationList(),
        filters: NO_FILTER,
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  });
}

export async function countAppliedMigrations(db: Database): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return Number(rows[0]?.count ?? 0);
}
