// Prisma's schema engine applies each migration through its adapter's `executeScript`, and both stock
// adapters get that wrong: @prisma/adapter-pg splits the script at every ';' (which breaks a function
// body, such as a trigger's) and the PGlite adapter does not wait for the script (so its error goes
// nowhere). Here the script goes to the database whole, as `prisma migrate` sends it: one simple query,
// which PostgreSQL runs as one transaction, so a failing migration leaves nothing half done.
import { DriverAdapterError, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export interface MigrationAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes what the adapter opened (on PostgreSQL its connection, and with it any lock the engine kept). */
  close(): Promise<void>;
}

/** `factory`, except that scripts are run by `runScript`. */
export function sendingScriptsWhole(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runScript: (script: string) => Promise<unknown>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      adapter.executeScript = async (script) => {
        await runScript(script).catch((error: unknown) => {
          throw asDriverError(error);
        });
      };
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

interface PostgresError {
  code: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

/** PostgreSQL's own errors (from pg or PGlite) in the shape the engine reports with their SQLSTATE. */
function asDriverError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as Partial<PostgresError>).code !== 'string') return error;
  const { code, severity, message, detail, column, hint } = error as Error & PostgresError;
  return new DriverAdapterError({
    kind: 'postgres',
    code,
    severity: severity ?? 'ERROR',
    message,
    detail,
    column,
    hint,
  });
}
