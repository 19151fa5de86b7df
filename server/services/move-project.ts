import type { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import { cardSelect } from '../db/selects.js';
import { PlacementError, rankForPlacement, type Placement } from '../domain/board-move.js';
import type { Actor } from '../domain/permissions.js';
import type { ZProjectMove, ZStageGateQuery } from '../domain/project-input.js';
import { gateRefusal, stageGate, type StageGate } from '../domain/stage-gate.js';
import { AppError } from './app-error.js';
import { recordAudit } from './audit.js';
import { authorize } from './authorize.js';
import { recordBoardEvent } from './board-events.js';
import { lockBoardOrder, readColumn } from './board-order.js';
import type { Stage } from '../domain/stages.js';
import { staleVersionError } from './conflicts.js';
import { toCardView } from './views.js';

type TInput = z.output<typeof ZProjectMove>;
type Db = Pick<PrismaClient, 'milestone'>;

const gateMilestoneSelect = { id: true, name: true, stage: true, actualFinish: true } as const;

async function gateFor(db: Db, projectId: number, from: Stage, to: Stage): Promise<StageGate> {
  const milestones = await db.milestone.findMany({
    where: { projectId },
    select: gateMilestoneSelect,
    orderBy: { seq: 'asc' },
  });
  return stageGate(from, to, milestones);
}

/** What moving the project to `toStage` would ask: the client opens its dialog from this before it sends. */
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

function placementOf(input: TInput): Placement {
  if (input.afterId !== undefined) return { afterId: input.afterId };
  if (input.beforeId !== undefined) return { beforeId: input.beforeId };
  if (input.position !== undefined) return { position: input.position };
  return {};
}

/**
 * Moves a card to a column and a place in it, in one transaction, logging a change of stage. A move
 * the stage gate stops (see stage-gate.ts) goes through only with a reason, recorded with it.
 */
export async function moveProject({ prisma, input, actor }: { prisma: PrismaClient; input: TInput; actor: Actor }) {
  return prisma.$transaction(async (tx) => {
    await lockBoardOrder(tx);
    const project = await tx.project.findUnique({
      where: { id: input.id },
      select: {
        code: true,
        stage: true,
        rank: true,
        version: true,
        isArchived: true,
        ownerUnitId: true,
        ownerUnit: { select: { name: true } },
      },
    });
    if (!project || project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.id });
    authorize(actor, 'editProject', { ownerUnitId: project.ownerUnitId, ownerUnitName: project.ownerUnit.name });
    if (project.version !== input.expectedVersion)
      throw await staleVersionError(tx, { id: input.id, code: project.code });
    // The gate: forward past unfinished milestones, or backward, only with a reason.
    const refusal = gateRefusal(await gateFor(tx, input.id, project.stage, input.toStage), input.reason);
    if (refusal) throw new AppError('PRECONDITION_FAILED', refusal.key, { ...refusal.params, code: project.code });
    let rank: string;
    try {
      rank = rankForPlacement(await readColumn(tx, input.toStage), input.id, placementOf(input));
    } catch (error) {
      if (error instanceof PlacementError) {
        throw new AppError('BAD_REQUEST', 'move.neighbourMissing', { id: error.neighbourId });
      }
      throw error;
    }
    // The board lock keeps moves in turn, not edits: the version in the condition makes an edit that
    // committed since our read win, and us fail.
    const { count } = await tx.project.updateMany({
      where: { id: input.id, version: input.expectedVersion, isArchived: false },
      data: { stage: input.toStage, rank, version: { increment: 1 } },
    });
    if (count !== 1) throw await staleVersionError(tx, { id: input.id, code: project.code });
    const reason = input.reason ?? '';
    if (project.stage !== input.toStage) {
      await tx.stageMove.create({
        data: { projectId: input.id, actor: actor.username, fromStage: project.stage, toStage: input.toStage, reason },
      });
    }
    await recordAudit(tx, {
      actor,
      action: 'move',
      entityType: 'project',
      entityId: input.id,
      before: { stage: project.stage, rank: project.rank },
      after: { stage: input.toStage, rank },
      reason,
    });
    await recordBoardEvent(tx, { kind: 'project.moved', projectId: input.id, actor });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: cardSelect }));
  });
}
