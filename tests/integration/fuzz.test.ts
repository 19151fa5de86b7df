// Every procedure, called over the HTTP layer (fastify.inject: no sockets) with a few thousand generated
// inputs from a fixed seed: valid inputs with one field swapped for something hostile (2³¹, a NUL, a
// repeat, an unknown id, a wrong type…), and random JSON. No answer may be a 5xx, and none may carry a
// stack, a file path, a driver or SQL message or an address — whoever asks (nobody, viewer, editor, admin).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appRouter } from '../../server/api/router.js';
import { buildHttpApp, SESSION_COOKIE, type FaultLog } from '../../server/http.js';
import { LOCKOUT } from '../../server/services/auth/sign-in.js';
import { createSession } from '../../server/services/auth/sessions.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../factories/test-database.js';
import { LEAK } from '../factories/leaks.js';
import { makeUser } from '../factories/users.js';

const SEED = 20261203;
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const TODAY = '2026-03-02';

const HOSTILE_NUMBERS = [
  0,
  -1,
  1,
  2,
  3,
  7,
  2_147_483_647,
  2_147_483_648,
  4_294_967_296,
  2 ** 53,
  1e308,
  -2_147_483_649,
  1.5,
];
const HOSTILE_STRINGS = [
  '',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udc00y',
  ' ',
  'x'.repeat(5000),
  '2026-02-30',
  '2026-03-02',
  '9999-12-31',
  'ZQ-2026-999',
  'U1',
  '1',
  '2147483648',
  '\'; DROP TABLE "Project"; --',
  '=cmd()',
  '\ud800',
  '名称',
  'maturity',
  'admin',
  'department',
];

function hostileValue(): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.integer(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(null, true, false, undefined),
  );
  return fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom([1, 1], [2_147_483_648], [99_999], [], ['a\u0000']) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }) },
  );
}

/** Swaps one field (at any depth) of a valid input for a hostile value, or drops it. */
function mutate(base: unknown): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (path.length > 0) paths.push(path);
    if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(base, []);
  if (paths.length === 0) return hostileValue();
  return fc.tuple(fc.constantFrom(...paths), hostileValue(), fc.boolean()).map(([path, value, drop]) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (drop && !Array.isArray(target)) delete target[last];
    else target[last] = value;
    return copy;
  });
}

interface Ids {
  unitId: number;
  otherUnitId: number;
  projectId: number;
  version: number;
  milestoneIds: number[];
  blockerId: number;
  userId: number;
}

/** A valid input per procedure (undefined: it takes none); the fuzz departs from these. */
function validInputs(ids: Ids): Record<string, unknown> {
  const { unitId, projectId, version, milestoneIds, blockerId, userId } = ids;
  return {
    'auth.signIn': { username: 'fuzz-admin', password: 'not-the-password' },
    'auth.changePassword': { currentPassword: 'not-the-password', newPassword: 'another-password-1' },
    'project.get': { id: projectId },
    'project.create': projectInput(unitId),
    'project.update': { id: projectId, expectedVersion: version, patch: { name: '新名称', ownerUnitId: unitId } },
    'project.archive': { id: projectId, expectedVersion: version, reason: '测试' },
    'project.restore': { id: projectId, expectedVersion: version },
    'project.move': { id: projectId, toStage: 'acceleration', expectedVersion: version, reason: '测试' },
    'project.stageGate': { id: projectId, toStage: 'acceleration' },
    'milestone.update': {
      id: milestoneIds[1],
      expectedVersion: version,
      patch: {
        name: '节点',
        durationDays: 5,
        dependsOn: [milestoneIds[0]],
        actualStart: '2026-03-01',
        actualFinish: null,
      },
    },
    'template.update': {
      projectType: 'industrial',
      milestones: [
        { name: '立项', stage: 'maturity', durationDays: 5, dependsOnSeqs: [] },
        { name: '开工', stage: 'acceleration', durationDays: 10, dependsOnSeqs: [0] },
      ],
      targetSeq: 1,
    },
    'calendar.list': { year: 2026 },
    'calendar.set': { date: '2026-03-09', kind: 'holiday', note: '本地' },
    'calendar.remove': { date: '2026-03-09' },
    'unit.create': { code: 'FZ1', name: '模糊单位', kind: 'town' },
    'unit.update': { id: unitId, patch: { name: '改名单位', code: 'FZ2' } },
    'user.create': {
      username: 'fuzz-new',
      displayName: '新人',
      role: 'editor',
      unitIds: [unitId],
      password: 'a-password-123',
    },
    'user.update': { id: userId, patch: { displayName: '改名', role: 'editor', unitIds: [unitId], isDisabled: false } },
    'user.resetPassword': { id: userId, newPassword: 'a-password-456' },
    'user.revokeSessions': { id: userId },
    'audit.list': {
      entityType: 'project',
      entityId: String(projectId),
      actorName: 'fuzz',
      action: 'update',
      from: '2026-01-01',
      to: '2026-12-31',
      beforeId: 1000,
      limit: 10,
    },
    'audit.forProject': { entityId: String(projectId), cursor: 1000 },
    'blocker.list': {
      status: ['open'],
      level: 'department',
      responsibleUnitId: unitId,
      category: 'land',
      overdueOnly: false,
      sort: 'age',
      direction: 'asc',
    },
    'blocker.forProject': { projectId },
    'blocker.raise': {
      projectId,
      category: 'land',
      description: '征地未完成',
      responsibleUnitId: unitId,
      level: 'department',
      targetDate: '2026-04-01',
    },
    'blocker.escalate': { id: blockerId, expectedVersion: 1, note: '需要协调', targetDate: '2026-04-10' },
    'blocker.clear': { id: blockerId, expectedVersion: 1, resolution: '已解决' },
    'blocker.withdraw': { id: blockerId, expectedVersion: 1, reason: '重复' },
    'blocker.reopen': { id: blockerId, expectedVersion: 1, reason: '又出现', targetDate: '2026-04-20' },
    'notification.list': { cursor: 5, unreadOnly: true },
    'notification.markRead': { ids: [1, 2] },
    'notification.digest': { date: '2026-03-01' },
    'stageLimit.set': { stage: 'maturity', maxProjects: 20 },
    'stageLimit.clear': { stage: 'maturity' },
    'investment.forProject': { projectId, year: 2026 },
    'investment.report': { projectId, year: 2026, month: 2, amount: '120.50', comment: '按月统计' },
    'investment.correct': { projectId, year: 2026, month: 1, amount: '99', reason: '核定数', expectedVersion: 1 },
    'investment.lock': { year: 2026, month: 1 },
    'investment.unlock': { year: 2026, month: 1 },
    'investment.unreported': { unitId },
    'investment.updateSettings': {
      yellowBehindPoints: 10,
      redBehindPoints: 30,
      reportDueDay: 5,
      reminderWorkingDays: 3,
    },
  };
}

describe.each(testDatabaseKinds)('fuzzing every procedure over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: ReturnType<typeof buildHttpApp>;
  const faults: Parameters<FaultLog>[0][] = [];
  const savedLockout = { ...LOCKOUT };
  const people: { role: 'admin' | 'editor' | 'viewer'; id: number; cookie: string }[] = [];
  let ids: Ids;

  /** Fresh sessions, and the fuzz users back as they were (a fuzzed call may disable or reset them). */
  async function restorePeople() {
    for (const person of people) {
      await db.prisma.user.update({
        where: { id: person.id },
        data: { isDisabled: false, mustChangePassword: false, role: person.role },
      });
      const token = await db.prisma.$transaction((tx) =>
        createSession(tx, person.id, { address: '127.0.0.1', userAgent: 'fuzz' }),
      );
      person.cookie = `${SESSION_COOKIE}=${token}`;
    }
  }

  beforeAll(async () => {
    // Guessing waits are for people; here they would only slow the run down.
    Object.assign(LOCKOUT, { firstDelayMs: 0, maxDelayMs: 0 });
    db = await createTestDatabase(kind);
    app = buildHttpApp({
      db,
      logger: false,
      today: () => TODAY,
      sessionIdleMinutes: 60,
      faultLog: (fault) => void faults.push(fault),
    });
    await app.ready();
    const unit = await makeUnit(db.prisma);
    const otherUnit = await makeUnit(db.prisma);
    const admin = callerFor(db, { today: TODAY });
    // The project's milestones come from its type's template: two, the second after the first.
    await admin.template.update({
      projectType: 'industrial',
      milestones: [
        { name: '立项', stage: 'maturity', durationDays: 5, dependsOnSeqs: [] },
        { name: '开工', stage: 'maturity', durationDays: 10, dependsOnSeqs: [0] },
      ],
      targetSeq: 1,
    });
    const project = await admin.project.create(projectInput(unit.id));
    const milestones = await db.prisma.milestone.findMany({
      where: { projectId: project.id },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    await admin.blocker.raise({
      projectId: project.id,
      category: 'land',
      description: '征地',
      responsibleUnitId: otherUnit.id,
      targetDate: '2026-04-01',
    });
    const blocker = await db.prisma.blocker.findFirstOrThrow({ select: { id: true } });
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      const actor = await makeUser(db.prisma, role, {
        username: `fuzz-${role}`,
        unitIds: role === 'editor' ? [unit.id] : [],
      });
      people.push({ role, id: actor.id, cookie: '' });
    }
    const current = await db.prisma.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true } });
    ids = {
      unitId: unit.id,
      otherUnitId: otherUnit.id,
      projectId: project.id,
      version: current.version,
      milestoneIds: milestones.map((m) => m.id),
      blockerId: blocker.id,
      userId: people[2]!.id,
    };
    await restorePeople();
  });

  afterAll(async () => {
    Object.assign(LOCKOUT, savedLockout);
    await app?.close();
    await db?.dispose();
  });

  test(`${RUNS} generated calls: no 5xx, and no answer leaks a stack, a path or a driver message`, async () => {
    const procedures = Object.entries(appRouter._def.procedures)
      .map(([name, procedure]) => ({ name, type: (procedure as unknown as { _def: { type: string } })._def.type }))
      .filter((p) => p.type !== 'subscription');
    const valid = validInputs(ids);
    const call = fc.constantFrom(...procedures).chain((procedure) =>
      fc.record({
        procedure: fc.constant(procedure),
        who: fc.constantFrom(-1, 0, 0, 0, 1, 2),
        input: fc.oneof(
          { weight: 6, arbitrary: mutate(valid[procedure.name] ?? {}) },
          { weight: 1, arbitrary: fc.constant(valid[procedure.name]) },
          { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
        ),
      }),
    );
    const samples = fc.sample(call, { seed: SEED, numRuns: RUNS });
    const failures: string[] = [];
    let count = 0;
    let mayEndSessions = false;
    const statuses = new Map<string, number>();
    const slowest = new Map<string, number>();
    for (const { procedure, who, input } of samples) {
      const started = performance.now();
      // Sign-out, a revoked session or a password reset ends a fuzz user's session: begin again.
      if (++count % 100 === 0 || mayEndSessions) await restorePeople();
      const cookie = who >= 0 ? people[who]!.cookie : '';
      const payload = JSON.stringify({ json: input });
      const response =
        procedure.type === 'query'
          ? await app.inject({
              method: 'GET',
              url: `/trpc/${procedure.name}?input=${encodeURIComponent(payload)}`,
              headers: { cookie },
            })
          : await app.inject({
              method: 'POST',
              url: `/trpc/${procedure.name}`,
              headers: { cookie, 'content-type': 'application/json' },
              payload,
            });
      mayEndSessions =
        response.statusCode === 200 && /^(auth\.signOut|auth\.changePassword|user\.)/.test(procedure.name);
      const key = `${procedure.name} ${response.statusCode}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      slowest.set(procedure.name, (slowest.get(procedure.name) ?? 0) + performance.now() - started);
      const leak = LEAK.exec(response.body);
      if (response.statusCode >= 500 || leak) {
        failures.push(
          `${procedure.name} ${payload.slice(0, 300)} → ${response.statusCode} ${leak?.[0] ?? ''} ${response.body.slice(0, 300)}`,
        );
      }
    }
    if (process.env.FUZZ_REPORT) {
      console.log(
        [...statuses]
          .sort()
          .map(([k, n]) => `${k}: ${n}`)
          .join('\n'),
      );
      console.log(
        [...slowest]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([k, ms]) => `${k}: ${Math.round(ms)} ms`)
          .join('\n'),
      );
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(faults.map((f) => f.what)).toEqual([]);
  }, 120_000);
});
