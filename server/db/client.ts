// One place that opens the database: PGlite in-process by default, a PostgreSQL server when
// DATABASE_URL names one. Same schema, same migrations, same queries on both.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client.js';
import { lockDataDir } from './data-dir-lock.js';
import { sendingScriptsWhole, type MigrationAdapter } from './migration-adapter.js';

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseConfig =
  | {
      kind: 'pglite';
      dataDir: string | null /* null: in memory */;
      /** Starts from this dump of a data directory (`pglite.dumpDataDir()`) instead of an empty database. */
      loadDataDir?: Blob | File;
    }
  | {
      kind: 'postgres';
      url: string;
      poolSize: number;
      connectTimeoutMs: number;
      /** A query without an answer for this long fails (default 30 s), so a silent server cannot hang a request. */
      queryTimeoutMs?: number;
    };

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /**
   * Runs `fn` while holding a database-wide lock, so two servers starting together take turns. On
   * PostgreSQL the lock lives on a connection of its own, never one of the pool's: the pool stays free
   * for `fn`'s writes, even when it has a single connection.
   */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
  /** A driver adapter for Prisma's schema engine alone; see migration-adapter.ts. */
  openMigrationAdapter(): Promise<MigrationAdapter>;
  /**
   * Listens for NOTIFY on `channel` outside the pool (PostgreSQL: a connection of its own that comes back
   * after a drop). Returns how to stop listening.
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<() => Promise<void>>;
  /**
   * Only for PGlite: the in-process instance. The tests dump a migrated one once per run
   * (`pglite.dumpDataDir()`, tests/global-setup.ts) and open each suite's copy with `loadDataDir`.
   */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface NotificationHandlers {
  onNotify(payload: string): void;
  /** The listening connection was lost and is back: whatever was notified meanwhile is lost. */
  onReconnect(): void;
}

const STARTUP_LOCK_KEY = 0x6261636b; // 'back'
const STARTUP_LOCK_POLL_MS = 250;
const CLIENT_TIMEOUT_GRACE_MS = 2_000;
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
/** Idle pooled connections send TCP keep-alives this often, so firewalls do not forget them. */
const KEEP_ALIVE_IDLE_MS = 10_000;

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, config.loadDataDir) : openPostgres(config);
}

/**
 * PostgreSQL's default shared buffers (128 MB) live inside PGlite's WebAssembly memory and, once
 * touched, stay in the server's RSS for good. Pages that do not fit are read from the data directory
 * through the operating system's file cache, which is not ours to hold: a district's board works in
 * a few dozen megabytes.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

async function openPglite(dataDir: string | null, loadDataDir?: Blob | File): Promise<Database> {
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  try {
    const options = { startParams: PGLITE_START_PARAMS, ...(loadDataDir && { loadDataDir }) };
    const pglite = dataDir ? await PGlite.create(path.join(dataDir, 'pgdata'), options) : await PGlite.create(options);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      kind: 'pglite',
      prisma,
      pglite,
      withStartupLock: (fn) => fn(), // one process per data directory already
      // PGlite has one connection, shared with the app; nothing to close afterwards.
      openMigrationAdapter: async () => ({
        factory: sendingScriptsWhole(new PrismaPGlite(pglite), (script) => pglite.exec(script)),
        close: async () => {},
      }),
      async listen(channel, { onNotify }) {
        const unlisten = await pglite.listen(channel, onNotify);
        return () => unlisten();
      },
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
  const connection = {
    connectionString: config.url,
    connectionTimeoutMillis: config.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEP_ALIVE_IDLE_MS,
  };
  const pool = new pg.Pool({
    ...connection,
    max: config.poolSize,
    // The server cancels a statement that runs too long, so its connection comes back usable; the
    // client-side limit, a little later, covers a server or network that no longer answers at all.
    statement_timeout: config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    query_timeout: (config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS) + CLIENT_TIMEOUT_GRACE_MS,
  });
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    async withStartupLock(fn) {
      const client = new pg.Client({
        ...connection,
        query_timeout: config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
        application_name: 'backplan-startup',
      });
      client.on('error', () => {}); // a lost connection fails the next query; `end` below tidies up
      await client.connect();
      try {
        // Polled rather than waited for, so each wait is a short query that the query timeout covers
        // while the other server runs migrations and seeds for as long as they take.
        const tryLock = 'SELECT pg_try_advisory_lock($1) AS "isLocked"';
        while (!(await client.query<{ isLocked: boolean }>(tryLock, [STARTUP_LOCK_KEY])).rows[0]?.isLocked)
          await new Promise((resolve) => setTimeout(resolve, STARTUP_LOCK_POLL_MS));
        return await fn();
      } finally {
        await client.end().catch(() => {}); // ending the session releases the lock
      }
    },
    async openMigrationAdapter() {
      // The schema engine takes session-level advisory locks and does not release them: on a pooled
      // connection they would outlive the migration and stall the next server's start.
      const migrationPool = new pg.Pool({ ...connection, max: 1, application_name: 'backplan-migrate' });
      migrationPool.on('error', () => {}); // an idle connection's error; the next query reports its own
      const clients: pg.Client[] = [];
      migrationPool.on('connect', (client) => clients.push(client));
      return {
        factory: sendingScriptsWhole(new PrismaPg(migrationPool), (script) => migrationPool.query(script)),
        async close() {
          // `pool.end()` alone returns before the sessions are over; a client's `end()` waits for it.
          await Promise.all(clients.map((client) => client.end().catch(() => {})));
          await migrationPool.end();
        },
      };
    },
    listen: (channel, handlers) => listenPostgres(config, channel, handlers),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

const LISTEN_HEALTH_CHECK_MS = 30_000;
const LISTEN_RETRY_MAX_MS = 10_000;

/**
 * A dedicated client (LISTEN needs one session for good; a pooled connection goes back to the pool).
 * A dropped connection is replaced with exponential backoff, and a periodic `SELECT 1` notices
 * connections that died without a word (a firewall forgetting an idle TCP flow), which would
 * otherwise leave the server deaf for hours. The first connection must succeed: a server that
 * cannot listen should not start.
 */
async function listenPostgres(
  config: Extract<DatabaseConfig, { kind: 'postgres' }>,
  channel: string,
  handlers: NotificationHandlers,
): Promise<() => Promise<void>> {
  let current: pg.Client | null = null;
  let isClosed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: config.url,
      connectionTimeoutMillis: config.connectTimeoutMs,
      query_timeout: config.connectTimeoutMs,
      keepAlive: true,
      application_name: 'backplan-listener',
    });
    client.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? '');
    });
    client.on('error', (error) => lost(client, error));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw error;
    }
    return client;
  }

  function lost(client: pg.Client, error?: Error) {
    if (client !== current) return;
    current = null;
    if (error) console.error(`PostgreSQL listener lost its connection (${error.message}); reconnecting.`);
    void client.end().catch(() => {});
    if (!isClosed) scheduleReconnect();
  }

  function scheduleReconnect() {
    const delay = Math.min(LISTEN_RETRY_MAX_MS, 250 * 2 ** failures) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(async () => {
      try {
        const client = await connect();
        if (isClosed) return void (await client.end().catch(() => {}));
        current = client;
        failures = 0;
        handlers.onReconnect();
      } catch {
        failures += 1;
        if (!isClosed) scheduleReconnect();
      }
    }, delay);
  }

  current = await connect();
  const healthCheck = setInterval(() => {
    const client = current;
    client?.query('SELECT 1').catch((error: Error) => lost(client, error));
  }, LISTEN_HEALTH_CHECK_MS);
  healthCheck.unref();

  return async () => {
    isClosed = true;
    clearInterval(healthCheck);
    clearTimeout(retryTimer);
    const client = current;
    current = null;
    await client?.end().catch(() => {});
  };
}
