// A few blockers for the demo ledger, so the board has badges and a red light or two, the blocker list
// has rows, and demo-editor's town has something to clear. Call after seedDemoData and the demo
// accounts; it writes nothing if any blocker exists or there are no projects.
import {
  BLOCKER_LEVELS,
  levelIndex,
  type BlockerCategory,
  type BlockerLevel,
  type BlockerStatus,
} from '../domain/blockers.js';
import { formatIsoDate, fromIsoDate, parseIsoDate } from '../domain/dates.js';
import type { Prisma, PrismaClient } from '../db/generated/client.js';
import { recordBoardEvent } from '../services/shared/record-board-event.js';

interface DemoBlocker {
  /** Which demo project: one of demo-editor's town ('town') or of another unit ('other'), by position. */
  project: { of: 'town' | 'other'; index: number };
  category: BlockerCategory;
  description: string;
  /** Unit code; 'town': demo-editor's own town. */
  responsibleUnit: string;
  level: BlockerLevel;
  status: Extract<BlockerStatus, 'open' | 'escalated'>;
  raisedDaysAgo: number;
  /** Negative: already past its target. */
  targetInDays: number;
  escalationNote?: string;
}

const DEMO_BLOCKERS: readonly DemoBlocker[] = [
  {
    project: { of: 'town', index: 0 },
    category: 'land',
    description: '二期用地指标尚未下达，土地组卷报批停留在省级审核环节，影响开工。',
    responsibleUnit: 'ZRZYJ',
    level: 'districtLeader',
    status: 'escalated',
    raisedDaysAgo: 45,
    targetInDays: -5,
    escalationNote: '部门层面多次协调未果，提请分管区领导调度，争取省厅加快审核。',
  },
  {
    project: { of: 'town', index: 1 },
    category: 'demolition',
    description: '红线范围内尚有 3 户未签订征收补偿协议，施工便道无法贯通。',
    responsibleUnit: 'town',
    level: 'department',
    status: 'open',
    raisedDaysAgo: 12,
    targetInDays: 18,
  },
  {
    project: { of: 'other', index: 0 },
    category: 'funding',
    description: '专项债券资金 8000 万元尚未拨付到位，二季度工程款支付存在缺口。',
    responsibleUnit: 'FGJ',
    level: 'city',
    status: 'escalated',
    raisedDaysAgo: 60,
    targetInDays: -10,
    escalationNote: '区级资金调度无法覆盖，已报市发改委协调债券资金拨付进度。',
  },
  {
    project: { of: 'other', index: 1 },
    category: 'utilities',
    description: '35 千伏专线接入方案未获供电公司批复，设备调试无法按期进行。',
    responsibleUnit: 'FGJ',
    level: 'department',
    status: 'open',
    raisedDaysAgo: 20,
    targetInDays: 10,
  },
  {
    project: { of: 'other', index: 2 },
    category: 'approvals',
    description: '消防设计审查意见尚未出具，施工许可证无法办理。',
    responsibleUnit: 'ZJJ',
    level: 'department',
    status: 'open',
    raisedDaysAgo: 3,
    targetInDays: 27,
  },
  {
    project: { of: 'other', index: 3 },
    category: 'environment',
    description: '雨污分流排水接入方案待审批，环评批复的前置条件未满足。',
    responsibleUnit: 'SWJ',
    level: 'department',
    status: 'open',
    raisedDaysAgo: 8,
    targetInDays: 7,
  },
];

function shift(today: string, days: number): Date {
  return fromIsoDate(formatIsoDate(parseIsoDate(today)! + days));
}

export async function seedDemoBlockers(
  prisma: PrismaClient,
  { today }: { today: string },
): Promise<{ seeded: boolean; blockers: number }> {
  return prisma.$transaction(async (tx) => {
    if ((await tx.blocker.count()) > 0) return { seeded: false, blockers: 0 };
    const editor = await tx.user.findUnique({
      where: { username: 'demo-editor' },
      select: { id: true, username: true, displayName: true, units: { select: { unitId: true } } },
    });
    const admin = await tx.user.findUnique({
      where: { username: 'demo-admin' },
      select: { id: true, username: true, displayName: true },
    });
    const townId = editor?.units[0]?.unitId ?? null;
    const projectSelect = { id: true, ownerUnitId: true } as const;
    const [townProjects, otherProjects, units] = await Promise.all([
      townId === null
        ? Promise.resolve([])
        : tx.project.findMany({
            where: { ownerUnitId: townId, isArchived: false },
            orderBy: { id: 'asc' },
            take: 2,
            select: projectSelect,
          }),
      tx.project.findMany({
        where: { isArchived: false, ...(townId !== null && { ownerUnitId: { not: townId } }) },
        orderBy: { id: 'asc' },
        take: 4,
        select: projectSelect,
      }),
      tx.ownerUnit.findMany({ select: { id: true, code: true } }),
    ]);
    const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));

    let count = 0;
    for (const demo of DEMO_BLOCKERS) {
      const project = (demo.project.of === 'town' ? townProjects : otherProjects)[demo.project.index];
      if (!project) continue;
      const raiser = demo.project.of === 'town' ? (editor ?? admin) : admin;
      const responsibleUnitId =
        (demo.responsibleUnit === 'town' ? townId : unitIdByCode.get(demo.responsibleUnit)) ?? project.ownerUnitId;
      const raisedOn = shift(today, -demo.raisedDaysAgo);
      const targetDate = formatIsoDate(parseIsoDate(today)! + demo.targetInDays);
      // An escalated demo blocker was raised one level below where it is now.
      const initialLevel =
        demo.status === 'escalated' ? (BLOCKER_LEVELS[levelIndex(demo.level) - 1] ?? demo.level) : demo.level;
      const blocker = await tx.blocker.create({
        data: {
          projectId: project.id,
          category: demo.category,
          description: demo.description,
          responsibleUnitId,
          level: demo.level,
          status: demo.status,
          targetDate: fromIsoDate(targetDate),
          raisedById: raiser?.id ?? null,
          raisedByName: raiser?.displayName ?? 'system',
          raisedAt: raisedOn,
          raisedOn,
        },
        select: { id: true },
      });
      const history: Prisma.AuditEntryCreateManyInput[] = [
        {
          at: raisedOn,
          actorId: raiser?.id ?? null,
          actorName: raiser?.username ?? 'system',
          action: 'raise',
          entityType: 'blocker',
          entityId: String(blocker.id),
          after: {
            status: 'open',
            level: initialLevel,
            targetDate,
            category: demo.category,
            description: demo.description,
          },
        },
      ];
      if (demo.escalationNote) {
        history.push({
          at: shift(today, -Math.floor(demo.raisedDaysAgo / 2)),
          actorId: admin?.id ?? null,
          actorName: admin?.username ?? 'system',
          action: 'escalate',
          entityType: 'blocker',
          entityId: String(blocker.id),
          before: { status: 'open', level: initialLevel, targetDate },
          after: { status: 'escalated', level: demo.level, targetDate },
          reason: demo.escalationNote,
        });
      }
      // The project's history shows the same steps.
      const projectHistory = history.map((entry) => ({
        ...entry,
        action: `blocker.${entry.action}`,
        entityType: 'project',
        entityId: String(project.id),
        before: entry.before ? { blockerId: blocker.id, ...(entry.before as object) } : undefined,
        after: { blockerId: blocker.id, ...(entry.after as object) },
      }));
      await tx.auditEntry.createMany({ data: [...history, ...projectHistory] });
      await recordBoardEvent(tx, { kind: 'project.updated', projectId: project.id, actor: null });
      count++;
    }
    return { seeded: count > 0, blockers: count };
  });
}
