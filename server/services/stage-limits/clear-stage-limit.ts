import type { StageLimit, TStageLimitClear } from '../../domain/stage-limits.js';
import { recordChange } from '../shared/record-change.js';
import { stageLimitSelect } from './list-stage-limits.js';
import type { ActorOptions } from '../shared/actor-options.js';

/** Removes a stage's limit; clearing one that is not set changes nothing and records nothing. */
export async function clearStageLimit({
  prisma,
  actor,
  input,
}: ActorOptions<TStageLimitClear>): Promise<{ stage: StageLimit['stage']; maxProjects: null }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.stageLimit.findUnique({ where: { stage: input.stage }, select: stageLimitSelect });
    if (before) {
      await tx.stageLimit.delete({ where: { stage: input.stage } });
      await recordChange(tx, {
        actor,
        action: 'remove',
        entityType: 'stageLimit',
        entityId: input.stage,
        before: { maxProjects: before.maxProjects },
        event: 'stageLimits.changed',
      });
    }
    return { stage: input.stage, maxProjects: null };
  });
}
