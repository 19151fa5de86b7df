// `npm run seed -- --projects N`: adds N generated projects (ten-odd milestones each, a blocker on
// about one in eight, owned by the demo units) to the database the server would use: DATABASE_URL
// (or DATABASE_MIGRATION_URL's owner role when set), else PGlite in BACKPLAN_DATA_DIR. Stop the
// server first on PGlite (one process owns its directory); on PostgreSQL a running server rebuilds its
// board on the event this writes. Projects go in batches, each its own transaction, with a progress bar.
import { parseArgs } from 'node:util';
import { generateNKeysBetween } from 'fractional-indexing';
import { todayIn } from '../server/clock.js';
import { openDatabase } from '../server/db/client.js';
import { applyMigrations } from '../server/db/migrate.js';
import { fromIsoDate } from '../server/domain/dates.js';
import { readEnv, resolveDataDir } from '../server/env.js';
import { generateDemoProjects } from '../server/seed/generate-projects.js';
import { insertMilestones, insertProjects, upsertUnits } from '../server/seed/seed-demo.js';
import { recordBoardEvent } from '../server/services/shared/record-board-event.js';
import { lockBoardOrder } from '../server/services/shared/board-order.js';

const BATCH = 500;
const { values } = parseArgs({ options: { projects: { type: 'string' }, seed: { type: 'string' } } });
const count = Number(values.projects);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run seed -- --projects N [--seed S]');
  process.exit(2);
}

const env = readEnv();
const url = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
const db = await openDatabase(
  url
    ? { kind: 'postgres', url, poolSize: 2, connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS }
    : { kind: 'pglite', dataDir: resolveDataDir(env) },
);
try {
  await applyMigrations(db);
  const today = env.BACKPLAN_TODAY ?? todayIn();
  // A new seed each run, unless asked: codes must not repeat what an earlier run added.
  const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
  const tag = seed.toString(36).toUpperCase();
  const projects = generateDemoProjects({ today, count, seed }).map((p, i) => ({ ...p, code: `${p.code}-${tag}${i}` }));
  const started = performance.now();
  for (let done = 0; done < projects.length;) {
    const batch = projects.slice(done, done + BATCH);
    await db.prisma.$transaction(
      async (tx) => {
        await lockBoardOrder(tx);
        const unitIds = await upsertUnits(tx);
        // New cards go to the end of their column, after the last key in byte order.
        const lastRanks = await tx.$queryRaw<{ stage: string; rank: string }[]>`
          SELECT DISTINCT ON ("stage") "stage"::text, "rank" FROM "Project" WHERE NOT "isArchived"
          ORDER BY "stage", "rank" COLLATE "C" DESC, "id" DESC`;
        const lastOf = new Map(lastRanks.map((row) => [row.stage, row.rank]));
        const ids = await insertProjects(tx, batch, unitIds, (stage, n) =>
          generateNKeysBetween(lastOf.get(stage) ?? null, null, n),
        );
        await insertMilestones(tx, batch, ids, unitIds);
        await tx.$executeRaw`
          UPDATE "Project" p SET "targetMilestoneId" = (
            SELECT m."id" FROM "Milestone" m WHERE m."projectId" = p."id" ORDER BY m."seq" DESC LIMIT 1)
          WHERE p."id" = ANY(${ids}) AND p."targetMilestoneId" IS NULL`;
        await tx.blocker.createMany({
          data: batch.flatMap((p, i) =>
            i % 8 === 3
              ? [
                  {
                    projectId: ids[i]!,
                    category: 'land' as const,
                    description: '用地指标尚未落实',
                    responsibleUnitId: unitIds.get(p.ownerUnitCode)!,
                    level: 'department' as const,
                    targetDate: fromIsoDate(today),
                    raisedByName: 'seed',
                    raisedOn: fromIsoDate(today),
                  },
                ]
              : [],
          ),
        });
        // One event for the batch: a running server re-reads every card (no project named).
        await recordBoardEvent(tx, { kind: 'project.created', actor: null });
      },
      { timeout: 120_000 },
    );
    done += batch.length;
    progress(done, projects.length, started);
  }
  process.stdout.write('\n');
  console.log(`Added ${count} projects in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await db.close();
}

function progress(done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} projects, ${seconds} s`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
  else console.log(line);
}
