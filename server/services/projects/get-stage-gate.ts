import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZStageGateQuery } from '../../domain/project-input.js';
import { stageGate, type StageGate } from '../../domain/stage-gate.js';
import { stageIndex, type Stage } from '../../domain/stages.js';
import { AppError } from '../shared/app-error.js';

const gateMilestoneSelect = { id: true, name: true, stage: true, actualFinish: true } as const;

/** The gate between two stages for this project's milestones (inside a move's transaction, or not). */
async function gateFor(
  db: Pick<PrismaClient, 'milestone'>,
  projectId: number,
  from: Stage,
  to: Stage,
): Promise<StageGate> {
  // Only a step forward asks about milestones.
  if (stageIndex(to) <= stageIndex(from)) return stageGate(from, to, []);
  const milestones = await db.milestone.findMany({
    where: { projectId },
    select: gateMilestoneSelect,
    orderBy: { seq: 'asc' },
  });
  return stageGate(from, to, milestones);
}

/** What moving the project to `toStage` would ask, for a caller that wants to know before it sends (a refused move carries it too). */
export async function stageGateFor({
  prisma,
  input,
}: {
  prisma: PrismaClient;
  input: z.output<typeof ZStageGateQuery>;
}) {
  const project = await prisma.project.findUnique({
    where: { id: input.id },
    select: { stage: true, isArchived: true },
  });
  if (!project || project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.id });
  return gateFor(prisma, input.id, project.stage, input.toStage);
}
