// `npm start`: reads the environment, starts the server, closes the database cleanly on a signal.
import { readEnv, resolveDataDir } from './env.js';
import { startServer, type RunningServer } from './index.js';

async function main() {
  const env = readEnv();
  const server: RunningServer = await startServer({
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        }
      : { kind: 'pglite', dataDir: resolveDataDir(env) },
    host: env.HOST,
    port: env.PORT,
    seedDemo: env.BACKPLAN_DEMO === '1',
    logger: process.env.BACKPLAN_LOG === '1',
    ...(env.BACKPLAN_TODAY && { today: env.BACKPLAN_TODAY }),
    sessionIdleMinutes: env.BACKPLAN_SESSION_IDLE_MINUTES,
    trustProxy: env.BACKPLAN_TRUST_PROXY,
  });
  console.log(`Backplan is running on ${server.url} (database: ${server.db.kind})`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
