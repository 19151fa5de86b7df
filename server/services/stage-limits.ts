import type { PrismaClient } from '../db/generated/client.js';
import type { Actor } from '../domain/permissions.js';
import { sortByStage, type StageLimit, type TStageLimitClear, type TStageLimitSet } from '../domain/stage-limits.js';
import { recordAudit } from './audit.js';
import { recordBoardEvent } from './board-events.js';

const stageLimitSelect = { stage: true, maxProjects: true } as const;

/** Every stage that has a limit, in board order. */
export async function listStageLimits({ prisma }: { prisma: PrismaClient }): Promise<StageLimit[]> {
  return sortByStage(await prisma.stageLimit.findMany({ select: stageLimitSelect }));
}

export async function setStageLimit({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: TStageLimitSet;
}): Promise<StageLimit> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.stageLimit.findUnique({ where: { stage: input.stage }, select: stageLimitSelect });
    if (before?.maxProjects === input.maxProjects) return before;
    const after = await tx.stageLimit.upsert({
      where: { stage: input.stage },
      create: input,
      update: { maxProjects: input.maxProjects },
      select: stageLimitSelect,
    });
    await recordAudit(tx, {
      actor,
      action: 'set',
      entityType: 'stageLimit',
      entityId: input.stage,
      before: before ? { maxProjects: before.maxProjects } : null,
      after: { maxProjects: after.maxProjects },
    });
    // Other open boards show the limit in their column headers.
    await recordBoardEvent(tx, { kind: 'stageLimits.changed', actor });
    return after;
  });
}

/** Removes a stage's limit; clearing one that is not set changes nothing and records nothing. */
export async function clearStageLimit({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: TStageLimitClear;
}): Promise<{ stage: StageLimit['stage']; maxProjects: null }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.stageLimit.findUnique({ where: { stage: input.stage }, select: stageLimitSelect });
    if (before) {
      await tx.stageLimit.delete({ where: { stage: input.stage } });
      await recordAudit(tx, {
        actor,
        action: 'remove',
        entityType: 'stageLimit',
        entityId: input.stage,
        before: { maxProjects: before.maxProjects },
      });
      await recordBoardEvent(tx, { kind: 'stageLimits.changed', actor });
    }
    return { stage: input.stage, maxProjects: null };
  });
}
