// Fills an empty ledger with the demo projects, all or nothing.
import type { Prisma, PrismaClient } from '../db/generated/client.js';
import { fromIsoDate } from '../domain/dates.js';
import { initialRanks } from '../domain/ordering.js';
import { STAGES } from '../domain/stages.js';
import { DEMO_UNITS, generateDemoProjects, type DemoProject } from './generate-projects.js';

const PROJECT_BATCH = 2_000; // × 9 columns, well under PostgreSQL's 65,535 bind parameters
const ROW_BATCH = 10_000; // rows per JSON parameter
const SEED_LOCK_KEY = 0x73656564; // 'seed'

export interface SeedDemoOptions {
  /** 'YYYY-MM-DD': actual dates are placed before it, targets mostly after it. */
  today: string;
  count?: number;
  milestonesPerProject?: number;
}

/**
 * Seeds units, projects, milestones and their dependencies in one transaction, unless the ledger
 * already has a project: then it writes nothing and returns `{ seeded: false, projects: 0 }`.
 * `projects` is the number of projects created.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  options: SeedDemoOptions,
): Promise<{ seeded: boolean; projects: number }> {
  return prisma.$transaction(
    async (tx) => {
      // Two servers starting on one empty database must not both seed it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if ((await tx.project.count()) > 0) return { seeded: false, projects: 0 };

      const projects = generateDemoProjects({
        today: options.today,
        ...(options.count !== undefined && { count: options.count }),
        ...(options.milestonesPerProject !== undefined && { milestonesPerProject: options.milestonesPerProject }),
      });
      const unitIds = await upsertUnits(tx);
      const projectIds = await insertProjects(tx, projects, unitIds);
      await insertMilestones(tx, projects, projectIds, unitIds);
      // The generator dates each target for the project's last milestone.
      await tx.$executeRaw`
        UPDATE "Project" p SET "targetMilestoneId" = (
          SELECT m."id" FROM "Milestone" m WHERE m."projectId" = p."id" ORDER BY m."seq" DESC LIMIT 1)`;
      return { seeded: true, projects: projects.length };
    },
    { timeout: 120_000 },
  );
}

export async function upsertUnits(tx: Prisma.TransactionClient): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const unit of DEMO_UNITS) {
    const { id } = await tx.ownerUnit.upsert({
      where: { code: unit.code },
      create: unit,
      update: {},
      select: { id: true },
    });
    ids.set(unit.code, id);
  }
  return ids;
}

/** `ranksFor`: the keys of a column's new cards (by default a fresh column's, for an empty ledger). */
export async function insertProjects(
  tx: Prisma.TransactionClient,
  projects: DemoProject[],
  unitIds: Map<string, number>,
  ranksFor: (stage: (typeof STAGES)[number], count: number) => string[] = (_stage, count) => initialRanks(count),
): Promise<number[]> {
  // Each column keeps the generator's order.
  const rankOf = new Map<DemoProject, string>();
  for (const stage of STAGES) {
    const column = projects.filter((p) => p.stage === stage);
    ranksFor(stage, column.length).forEach((rank, i) => rankOf.set(column[i]!, rank));
  }
  const rows = projects.map((p): Prisma.ProjectCreateManyInput => ({
    code: p.code,
    name: p.name,
    ownerUnitId: idOf(unitIds, p.ownerUnitCode),
    projectType: p.projectType,
    stage: p.stage,
    rank: rankOf.get(p)!,
    totalInvestment: p.totalInvestment,
    plannedInvestment: p.plannedInvestment,
    targetDate: fromIsoDate(p.targetDate),
    description: p.description,
  }));
  const idByCode = new Map<string, number>();
  for (const batch of chunks(rows, PROJECT_BATCH)) {
    for (const { id, code } of await tx.project.createManyAndReturn({
      data: batch,
      select: { id: true, code: true },
    })) {
      idByCode.set(code, id);
    }
  }
  return projects.map((p) => idByCode.get(p.code)!);
}

// Milestones and their links are ten times as many rows as projects. Prisma's createMany spends
// about a quarter of a millisecond per row on PGlite; one JSON parameter unpacked by PostgreSQL
// takes a twentieth of that. Links name milestones by (project, seq), and the unique index on
// those two columns turns them into ids, so no milestone id has to travel back to JavaScript.
export async function insertMilestones(
  tx: Prisma.TransactionClient,
  projects: DemoProject[],
  projectIds: number[],
  unitIds: Map<string, number>,
): Promise<void> {
  const milestones = projects.flatMap((p, i) =>
    p.milestones.map((m, seq) => ({
      projectId: projectIds[i]!,
      seq,
      name: m.name,
      stage: m.stage,
      durationDays: m.durationDays,
      actualStart: m.actualStart,
      actualFinish: m.actualFinish,
      ownerUnitId: idOf(unitIds, m.ownerUnitCode),
    })),
  );
  for (const batch of chunks(milestones, ROW_BATCH)) {
    await tx.$executeRaw`
      INSERT INTO "Milestone" ("projectId", "seq", "name", "stage", "durationDays", "actualStart", "actualFinish", "ownerUnitId")
      SELECT "projectId", "seq", "name", "stage", "durationDays", "actualStart", "actualFinish", "ownerUnitId"
      FROM json_to_recordset(${JSON.stringify(batch)}::json) AS r(
        "projectId" int, "seq" int, "name" text, "stage" "Stage", "durationDays" int,
        "actualStart" date, "actualFinish" date, "ownerUnitId" int)`;
  }

  const links = projects.flatMap((p, i) =>
    p.milestones.flatMap((m, seq) =>
      m.dependsOn.map((dependsOnSeq) => ({ projectId: projectIds[i]!, seq, dependsOnSeq })),
    ),
  );
  for (const batch of chunks(links, ROW_BATCH)) {
    await tx.$executeRaw`
      INSERT INTO "MilestoneDependency" ("milestoneId", "dependsOnId")
      SELECT m."id", d."id"
      FROM json_to_recordset(${JSON.stringify(batch)}::json) AS r("projectId" int, "seq" int, "dependsOnSeq" int)
      JOIN "Milestone" m ON m."projectId" = r."projectId" AND m."seq" = r."seq"
      JOIN "Milestone" d ON d."projectId" = r."projectId" AND d."seq" = r."dependsOnSeq"`;
  }
}

function idOf(unitIds: Map<string, number>, code: string): number {
  const id = unitIds.get(code);
  if (id === undefined) throw new Error(`Demo data names unknown owner unit ${code}`);
  return id;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
