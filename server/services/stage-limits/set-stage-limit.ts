import type { StageLimit, TStageLimitSet } from '../../domain/stage-limits.js';
import { recordChange } from '../shared/record-change.js';
import { stageLimitSelect } from './list-stage-limits.js';
import type { ActorOptions } from '../shared/actor-options.js';

export async function setStageLimit({ prisma, actor, input }: ActorOptions<TStageLimitSet>): Promise<StageLimit> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.stageLimit.findUnique({ where: { stage: input.stage }, select: stageLimitSelect });
    if (before?.maxProjects === input.maxProjects) return before;
    const after = await tx.stageLimit.upsert({
      where: { stage: input.stage },
      create: input,
      update: { maxProjects: input.maxProjects },
      select: stageLimitSelect,
    });
    await recordChange(tx, {
      actor,
      action: 'set',
      entityType: 'stageLimit',
      entityId: input.stage,
      before: before ? { maxProjects: before.maxProjects } : null,
      after: { maxProjects: after.maxProjects },
      // Other open boards show the limit in their column headers.
      event: 'stageLimits.changed',
    });
    return after;
  });
}
