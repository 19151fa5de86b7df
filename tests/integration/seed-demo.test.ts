import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../server/db/client.js';
import { applyMigrations } from '../../server/db/migrate.js';
import { chinaCalendar, reverseSchedule } from '../../server/domain/schedule.js';
import { stageIndex, type Stage } from '../../server/domain/stages.js';
import { DEMO_UNITS, generateDemoProjects } from '../../server/seed/generate-projects.js';
import { seedDemoData } from '../../server/seed/seed-demo.js';
import { MILESTONE_TEMPLATES } from '../../server/seed/demo-catalog.js';

const TODAY = '2025-11-24';

interface SeededMilestone {
  seq: number;
  stage: Stage;
  durationDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  /** seq of each predecessor, or -1 when it belongs to another project */
  dependsOn: number[];
}

interface SeededProject {
  code: string;
  stage: Stage;
  rank: string;
  totalInvestment: string;
  plannedInvestment: string;
  targetDate: string;
  milestones: SeededMilestone[];
}

let db: Database;
let firstSeed: { seeded: boolean; projects: number };
let existingUnitId: number;
let projects: SeededProject[];

const iso = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

beforeAll(async () => {
  db = await openDatabase({ kind: 'pglite', dataDir: null });
  await applyMigrations(db);
  // A unit the bureau created before the demo data must be reused, not duplicated.
  existingUnitId = (
    await db.prisma.ownerUnit.create({ data: { code: 'FGJ', name: '章丘区发展和改革局', kind: 'department' } })
  ).id;
  firstSeed = await seedDemoData(db.prisma, { today: TODAY });

  const rows = await db.prisma.project.findMany({
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      stage: true,
      rank: true,
      totalInvestment: true,
      plannedInvestment: true,
      targetDate: true,
      milestones: {
        orderBy: { seq: 'asc' },
        select: {
          seq: true,
          stage: true,
          durationDays: true,
          actualStart: true,
          actualFinish: true,
          dependsOn: { select: { dependsOn: { select: { projectId: true, seq: true } } } },
        },
      },
    },
  });
  projects = rows.map((p) => ({
    code: p.code,
    stage: p.stage,
    rank: p.rank,
    totalInvestment: p.totalInvestment.toFixed(2),
    plannedInvestment: p.plannedInvestment.toFixed(2),
    targetDate: iso(p.targetDate)!,
    milestones: p.milestones.map((m) => ({
      seq: m.seq,
      stage: m.stage,
      durationDays: m.durationDays,
      actualStart: iso(m.actualStart),
      actualFinish: iso(m.actualFinish),
      dependsOn: m.dependsOn.map(({ dependsOn: d }) => (d.projectId === p.id ? d.seq : -1)),
    })),
  }));
});

afterAll(async () => {
  await db?.close();
});

describe('seedDemoData', () => {
  test('seeds about 40 projects across the three stages, with unique codes', () => {
    expect(firstSeed).toEqual({ seeded: true, projects: 40 });
    expect(projects).toHaveLength(40);
    expect(new Set(projects.map((p) => p.code)).size).toBe(40);
    for (const p of projects) expect(p.code).toMatch(/^ZQ-20\d\d-\d{3}$/);

    const perStage = (stage: Stage) => projects.filter((p) => p.stage === stage);
    expect(perStage('maturity').length).toBeGreaterThanOrEqual(12);
    expect(perStage('acceleration').length).toBeGreaterThanOrEqual(10);
    expect(perStage('contribution').length).toBeGreaterThanOrEqual(6);
    for (const stage of ['maturity', 'acceleration', 'contribution'] as const) {
      expect(new Set(perStage(stage).map((p) => p.rank)).size).toBe(perStage(stage).length);
    }
  });

  test('reuses owner units that already exist', async () => {
    const units = await db.prisma.ownerUnit.findMany({ select: { id: true, code: true } });
    expect(units.map((u) => u.code).sort()).toEqual(DEMO_UNITS.map((u) => u.code).sort());
    expect(units.find((u) => u.code === 'FGJ')?.id).toBe(existingUnitId);
  });

  test('gives every project 6–12 milestones linked acyclically within the project', () => {
    for (const p of projects) {
      expect(p.milestones.length, p.code).toBeGreaterThanOrEqual(6);
      expect(p.milestones.length, p.code).toBeLessThanOrEqual(12);
      for (const m of p.milestones) {
        for (const dep of m.dependsOn)
          expect(dep, `${p.code} #${m.seq} depends on another project`).toBeGreaterThanOrEqual(0);
      }
      expect(isAcyclic(p.milestones), p.code).toBe(true);
    }
    // Parallel branches: some milestone waits for more than one predecessor.
    expect(projects.every((p) => p.milestones.some((m) => m.dependsOn.length > 1))).toBe(true);
  });

  test('keeps actual dates before today and after the predecessors', () => {
    const all = projects.flatMap((p) => p.milestones.map((m) => ({ p, m })));
    expect(all.filter(({ m }) => m.actualFinish !== null).length).toBeGreaterThan(all.length / 5);
    expect(all.filter(({ m }) => m.actualStart === null).length).toBeGreaterThan(all.length / 5);

    for (const { p, m } of all) {
      const where = `${p.code} #${m.seq}`;
      if (m.actualFinish !== null) {
        expect(m.actualStart, where).not.toBeNull();
        expect(m.actualFinish <= TODAY, where).toBe(true);
        expect(m.actualStart! <= m.actualFinish, where).toBe(true);
      }
      if (m.actualStart === null) continue;
      expect(m.actualStart <= TODAY, where).toBe(true);
      for (const dep of m.dependsOn) {
        const finished = p.milestones[dep]!.actualFinish;
        expect(finished, `${where} started before #${dep} finished`).not.toBeNull();
        expect(finished! < m.actualStart, where).toBe(true);
      }
    }
  });

  // The generator deliberately leaves about one project in 25 in acceleration with a maturity
  // milestone still open and overrun (moved early, e.g. funding not in place): the late cases.
  test('has finished the earlier stages of each project, except a couple of late ones', () => {
    const late = projects.filter((p) =>
      p.milestones.some((m) => stageIndex(m.stage) < stageIndex(p.stage) && m.actualFinish === null),
    );
    expect(late.length).toBeLessThanOrEqual(2);
    for (const p of late) {
      expect(p.stage, p.code).toBe('acceleration');
      expect(
        p.milestones.some((m) => m.stage === 'maturity' && m.actualStart !== null && m.actualFinish === null),
        p.code,
      ).toBe(true);
      expect(
        p.milestones.every((m) => m.stage === 'maturity' || m.actualStart === null),
        p.code,
      ).toBe(true);
    }
    // And nothing of a later stage has started.
    for (const p of projects) {
      const ahead = p.milestones.filter((m) => stageIndex(m.stage) > stageIndex(p.stage) && m.actualStart !== null);
      expect(ahead, p.code).toEqual([]);
    }
  });

  test('stores investments and target dates that light the board red, yellow and green', () => {
    for (const p of projects) {
      expect(p.totalInvestment).toMatch(/^\d+\.\d{2}$/);
      expect(Number(p.plannedInvestment)).toBeGreaterThan(0);
      expect(Number(p.plannedInvestment)).toBeLessThanOrEqual(Number(p.totalInvestment));
    }
    expect(projects.filter((p) => p.targetDate > TODAY).length).toBeGreaterThan(projects.length / 2);

    const lights = new Map<string, number>();
    for (const p of projects) {
      const { light } = reverseSchedule({
        targetDate: p.targetDate,
        today: TODAY,
        calendar: chinaCalendar(),
        milestones: p.milestones.map((m) => ({
          key: String(m.seq),
          durationDays: m.durationDays,
          dependsOn: m.dependsOn.map(String),
          actualStart: m.actualStart,
          actualFinish: m.actualFinish,
        })),
      });
      lights.set(light, (lights.get(light) ?? 0) + 1);
    }
    expect(lights.get('green')).toBeGreaterThan(projects.length / 2);
    expect(lights.get('yellow')).toBeGreaterThan(0);
    expect(lights.get('red')).toBeGreaterThan(0);
  });

  test("dates each project's target for its last milestone", async () => {
    const projects = await db.prisma.project.findMany({
      select: { targetMilestoneId: true, milestones: { orderBy: { seq: 'desc' }, take: 1, select: { id: true } } },
    });
    expect(projects.every((p) => p.targetMilestoneId !== null && p.targetMilestoneId === p.milestones[0]?.id)).toBe(
      true,
    );
  });

  test('seeds exactly what the generator gives for the same inputs', () => {
    const generated = generateDemoProjects({ today: TODAY });
    expect(generateDemoProjects({ today: TODAY })).toEqual(generated);
    expect(generateDemoProjects({ today: TODAY, seed: 7 })).not.toEqual(generated);
    expect(projects.map((p) => [p.code, p.targetDate, p.totalInvestment])).toEqual(
      generated.map((p) => [p.code, p.targetDate, p.totalInvestment]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });

  test('keeps codes unique at bench sizes', () => {
    for (const count of [1_000, 10_000]) {
      const codes = generateDemoProjects({ today: TODAY, count }).map((p) => p.code);
      expect(new Set(codes).size).toBe(count);
      for (const code of codes.slice(0, 50)) expect(code).toMatch(/^ZQ-20\d\d-\d{4}$/);
    }
  });

  // What a project ends on: its template's last required milestone or an optional one after it.
  const KEY_EVENTS = Object.values(MILESTONE_TEMPLATES).flatMap((template) =>
    template.slice(template.findLastIndex((t) => !t.isOptional)).map((t) => t.name),
  );

  test('gives the bench exactly ten milestones a project, still ending on the key event and schedulable', () => {
    const calendar = chinaCalendar();
    const bench = generateDemoProjects({ today: TODAY, count: 300, milestonesPerProject: 10 });
    for (const project of bench) {
      expect(project.milestones).toHaveLength(10);
      expect(KEY_EVENTS).toContain(project.milestones.at(-1)!.name);
      const schedule = reverseSchedule({
        milestones: project.milestones.map((m, i) => ({ ...m, key: String(i), dependsOn: m.dependsOn.map(String) })),
        targetDate: project.targetDate,
        today: TODAY,
        calendar,
      });
      expect(schedule.milestones).toHaveLength(10);
    }
    expect(() => generateDemoProjects({ today: TODAY, milestonesPerProject: 1 })).toThrow(/milestonesPerProject/);
  });

  test('writes nothing when the ledger already has projects', async () => {
    const counts = () =>
      Promise.all([
        db.prisma.ownerUnit.count(),
        db.prisma.project.count(),
        db.prisma.milestone.count(),
        db.prisma.milestoneDependency.count(),
      ]);
    const before = await counts();
    await expect(seedDemoData(db.prisma, { today: '2026-01-05', count: 5 })).resolves.toEqual({
      seeded: false,
      projects: 0,
    });
    expect(await counts()).toEqual(before);
  });
});

function isAcyclic(milestones: SeededMilestone[]): boolean {
  const waiting = milestones.map((m) => m.dependsOn.length);
  const ready = milestones.filter((m) => m.dependsOn.length === 0).map((m) => m.seq);
  let placed = 0;
  while (ready.length > 0) {
    const seq = ready.pop()!;
    placed++;
    for (const m of milestones) {
      if (m.dependsOn.includes(seq) && --waiting[m.seq]! === 0) ready.push(m.seq);
    }
  }
  return placed === milestones.length;
}
