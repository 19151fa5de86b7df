// `npm start`: reads the environment, starts the server, closes the database cleanly on a signal.
import { lookup } from 'node:dns/promises';
import { readEnv, resolveDataDir } from './env.js';
import { startServer, type RunningServer } from './index.js';

/** Open requests and event streams get this long to finish before the process exits anyway. */
const CLOSE_LIMIT_MS = 10_000;

async function main() {
  const env = readEnv();
  await assertHostResolves(env.HOST);
  const postgres = (url: string) => ({
    kind: 'postgres' as const,
    url,
    poolSize: env.DATABASE_POOL_SIZE,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS,
  });
  const server: RunningServer = await startServer({
    database: env.DATABASE_URL ? postgres(env.DATABASE_URL) : { kind: 'pglite', dataDir: resolveDataDir(env) },
    ...(env.DATABASE_MIGRATION_URL && { migrationDatabase: postgres(env.DATABASE_MIGRATION_URL) }),
    host: env.HOST,
    port: env.PORT,
    seedDemo: env.BACKPLAN_DEMO === '1',
    logger: env.BACKPLAN_LOG === '1',
    ...(env.BACKPLAN_TODAY && { today: env.BACKPLAN_TODAY }),
    sessionIdleMinutes: env.BACKPLAN_SESSION_IDLE_MINUTES,
    trustProxy: env.BACKPLAN_TRUST_PROXY,
  });
  let isClosing = false;
  const shutdown = async (signal: string) => {
    // An operator who signals again does not want to wait: exit now (PGlite's lock file is then
    // left behind, and the next start takes it over since this process is gone).
    if (isClosing) {
      console.error(`${signal} again: exiting without closing cleanly.`);
      process.exit(1);
    }
    isClosing = true;
    console.log(`${signal}: closing…`);
    setTimeout(() => {
      console.error(`Still closing after ${CLOSE_LIMIT_MS / 1000} s: exiting without closing cleanly.`);
      process.exit(1);
    }, CLOSE_LIMIT_MS);
    try {
      await server.close();
    } catch (error) {
      console.error('Closing failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Only now: whoever waits for this line (a supervisor, the tests) may signal at once, and a signal
  // that came before the handlers would kill the process without closing the database.
  console.log(`Backplan is running on ${server.url} (database: ${server.db.kind})`);
}

/** A HOST that names no address stops the server before it touches the database, naming the variable. */
async function assertHostResolves(host: string) {
  try {
    await lookup(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new Error(`Invalid configuration:\n  HOST: "${host}" is not an address of this machine (${code})`, {
      cause: error,
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
