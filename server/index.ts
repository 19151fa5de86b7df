import { openDatabase, type Database, type DatabaseConfig } from './db/client.js';
import { applyMigrationsHoldingLock } from './db/migrate.js';
import { buildHttpApp } from './http.js';
import { startBoardBus, type BoardBus } from './realtime/board-bus.js';
import { ensureDefaultTemplates } from './seed/default-templates.js';
import { seedDemoBlockers } from './seed/demo-blockers.js';
import { seedDemoInvestment } from './seed/demo-investment.js';
import { seedDemoLightSnapshots } from './seed/demo-light-snapshots.js';
import { seedDemoData } from './seed/seed-demo.js';
import { todayIn } from './clock.js';
import { DEMO_USERNAMES, demoAccountsActive, ensureDemoAccounts, ensureFirstAdmin } from './services/auth/bootstrap.js';
import { DEFAULT_SESSION_IDLE_MINUTES } from './services/auth/sessions.js';
import { createBoardReadModel } from './services/board/get-board.js';
import { startLightSnapshots } from './services/dashboard/take-light-snapshot.js';
import { startOverdueSweep } from './services/notifications/file-overdue-notices.js';
import { createLatestEventId } from './realtime/latest-event-id.js';

export interface ServerOptions {
  database: DatabaseConfig;
  /**
   * PostgreSQL only: the tables' owner, for migrations and first-start writes, when `database` connects
   * as a role with data rights only (DATABASE_MIGRATION_URL beside DATABASE_URL; see the README).
   */
  migrationDatabase?: DatabaseConfig;
  host: string;
  port: number;
  seedDemo: boolean;
  logger?: boolean;
  /** Pins "today" (demos, tests); otherwise the bureau's calendar date at each request. */
  today?: string;
  sessionIdleMinutes?: number;
  /** Where start-up lines go (the first admin's one-time password among them); the console by default. */
  log?: StartupLog;
  trustProxy?: boolean | string[];
}

export type StartupLog = Pick<Console, 'log' | 'warn'>;

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations, seeds demo data on first start, then listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const today = () => options.today ?? todayIn();
  const log = options.log ?? console;
  if (options.migrationDatabase) {
    // As the owner, then gone: the serving connections never hold the rights to alter the tables.
    const owner = await openDatabase(options.migrationDatabase);
    try {
      await owner.withStartupLock(() => prepareDatabase(owner, { seedDemo: options.seedDemo, today: today(), log }));
    } finally {
      await owner.close();
    }
  }
  const db = await openDatabase(options.database);
  let boardBus: BoardBus | undefined;
  let overdueSweep: { stop(): Promise<void> } | undefined;
  let lightSnapshots: { stop(): Promise<void> } | undefined;
  try {
    if (!options.migrationDatabase) {
      await db.withStartupLock(() => prepareDatabase(db, { seedDemo: options.seedDemo, today: today(), log }));
    }
    if (await demoAccountsActive(db.prisma)) {
      log.warn(
        `Warning: the demo accounts (${DEMO_USERNAMES.join(', ')}) still have the published password; change or disable them before real use.`,
      );
    }
    boardBus = await startBoardBus(db);
    overdueSweep = startOverdueSweep({ prisma: db.prisma, today });
    // One board read model for the requests and the daily snapshot, so both count the same lights.
    const board = createBoardReadModel({
      prisma: db.prisma,
      latestEventId: createLatestEventId({ prisma: db.prisma, bus: boardBus }),
    });
    lightSnapshots = startLightSnapshots({ prisma: db.prisma, board, today });
    const app = buildHttpApp({
      db,
      board,
      logger: options.logger ?? false,
      today,
      sessionIdleMinutes: options.sessionIdleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES,
      boardBus,
      trustProxy: options.trustProxy,
    });
    await app.listen({ host: options.host, port: options.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${host}:${port}`,
      db,
      async close() {
        await overdueSweep?.stop();
        await lightSnapshots?.stop();
        // Ending the event streams before the HTTP server lets it finish its open requests and close.
        await boardBus?.close();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await overdueSweep?.stop();
    await lightSnapshots?.stop();
    await boardBus?.close();
    await db.close();
    throw error;
  }
}

/**
 * Every write of a first start, under the start-up lock: a second server starting at the same time
 * waits, then finds them done (the steps below look before they write, which alone would race).
 */
async function prepareDatabase(
  db: Database,
  { seedDemo, today, log }: { seedDemo: boolean; today: string; log: StartupLog },
): Promise<void> {
  const applied = await applyMigrationsHoldingLock(db);
  if (applied.length > 0) log.log(`Applied migrations: ${applied.join(', ')}`);
  await ensureDefaultTemplates({ prisma: db.prisma });
  // Before the demo accounts, whose password is published: the bureau always gets an admin of its own.
  await ensureFirstAdmin(db.prisma, (line) => log.log(line));
  if (!seedDemo) return;
  const result = await seedDemoData(db.prisma, { today });
  if (!result.seeded) return;
  log.log(`Seeded ${result.projects} demo projects.`);
  await ensureDemoAccounts(db.prisma);
  await seedDemoBlockers(db.prisma, { today });
  await seedDemoInvestment(db.prisma, { today });
  await seedDemoLightSnapshots(db.prisma, { today });
}
