import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import { cardSelect } from '../../db/selects.js';
import { PlacementError, rankForPlacement, type Placement } from '../../domain/board-move.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectMove } from '../../domain/project-input.js';
import { gateRefusal } from '../../domain/stage-gate.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { lockBoardOrder, readNeighbours } from '../shared/board-order.js';
import { staleVersionError } from '../shared/conflicts.js';
import { recordChange } from '../shared/record-change.js';
import { toCardView } from '../shared/views.js';
import { gateFor } from './get-stage-gate.js';

type TInput = z.output<typeof ZProjectMove>;

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
    const stale = { type: 'project', id: input.id, projectCode: project.code } as const;
    if (project.version !== input.expectedVersion) throw await staleVersionError(tx, stale);
    // The gate: forward past unfinished milestones, or backward, only with a reason. The refusal
    // carries the gate, so the client can ask for the reason without asking for the gate first.
    const gate = await gateFor(tx, input.id, project.stage, input.toStage);
    const refusal = gateRefusal(gate, input.reason);
    if (refusal) {
      throw new AppError('PRECONDITION_FAILED', refusal.key, { ...refusal.params, code: project.code }, { gate });
    }
    let rank: string;
    try {
      // Only the neighbours of the place it lands: a column may hold thousands of cards.
      const { column, placement } = await readNeighbours(tx, input.toStage, input.id, placementOf(input));
      rank = rankForPlacement(column, input.id, placement);
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
    if (count !== 1) throw await staleVersionError(tx, stale);
    const reason = input.reason ?? '';
    if (project.stage !== input.toStage) {
      await tx.stageMove.create({
        data: { projectId: input.id, actor: actor.username, fromStage: project.stage, toStage: input.toStage, reason },
      });
    }
    await recordChange(tx, {
      actor,
      action: 'move',
      entityType: 'project',
      entityId: input.id,
      before: { stage: project.stage, rank: project.rank },
      after: { stage: input.toStage, rank },
      reason,
      event: 'project.moved',
      projectId: input.id,
    });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: cardSelect }));
  });
}
