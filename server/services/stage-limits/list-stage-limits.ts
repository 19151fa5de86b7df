import type { PrismaClient } from '../../db/generated/client.js';
import { sortByStage, type StageLimit } from '../../domain/stage-limits.js';

export const stageLimitSelect = { stage: true, maxProjects: true } as const;

/** Every stage that has a limit, in board order. */
export async function listStageLimits({ prisma }: { prisma: PrismaClient }): Promise<StageLimit[]> {
  return sortByStage(await prisma.stageLimit.findMany({ select: stageLimitSelect }));
}
