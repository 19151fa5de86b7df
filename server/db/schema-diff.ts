import { openDatabase } from './client.js';
import {
  NO_FILTER,
  PRISMA_DIR,
  SCHEMA_PATH,
  openSchemaEngine,
  readMigrationList,
  readSchema,
} from './schema-engine.js';

const EMPTY_MIGRATION = /^\s*(--\s*This is an empty migration\.\s*)?$/;

/**
 * The SQL that would bring a database holding every migration in prisma/migrations up to
 * schema.prisma; empty when the two agree. Works offline on a throwaway in-memory PGlite.
 */
export async function pendingSchemaChange(): Promise<string> {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  const adapter = await db.openMigrationAdapter();
  const engine = await openSchemaEngine(adapter.factory);
  try {
    const schema = await readSchema();
    await engine.applyMigrations({ migrationsList: await readMigrationList(), filters: NO_FILTER });
    const { stdout } = await engine.diff({
      // With a driver adapter, "the datasource" is the throwaway database the adapter opened.
      from: { tag: 'schemaDatasource', files: [{ path: SCHEMA_PATH, content: schema }], configDir: PRISMA_DIR },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return EMPTY_MIGRATION.test(stdout ?? '') ? '' : (stdout ?? '');
  } finally {
    engine.free();
    await adapter.close();
    await db.close();
  }
}
