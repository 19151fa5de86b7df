import type { z } from 'zod';
import { Prisma, type PrismaClient } from '../../db/generated/client.js';
import type { CardRow } from '../../db/selects.js';
import { PlacementError, rankForPlacement, type Placement } from '../../domain/board-move.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectMove } from '../../domain/project-input.js';
import { gateRefusal } from '../../domain/stage-gate.js';
import type { Stage } from '../../domain/stages.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { BOARD_ORDER_LOCK, readNeighbours } from '../shared/board-order.js';
import { staleVersionError } from '../shared/conflicts.js';
import { changeStatement } from '../shared/record-change.js';
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
 *
 * Dragging cards is what people do most, so a move is three statements (four when a step forward asks
 * about milestones): each round trip is one more wait on PGlite's one connection.
 */
export async function moveProject({ prisma, input, actor }: { prisma: PrismaClient; input: TInput; actor: Actor }) {
  return prisma.$transaction(async (tx) => {
    const project = await lockBoardAndRead(tx, input.id);
    if (!project || project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.id });
    authorize(actor, 'editProject', { ownerUnitId: project.ownerUnit.id, ownerUnitName: project.ownerUnit.name });
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
    const reason = input.reason ?? '';
    const isMoved = await placeCard(tx, {
      ...input,
      fromStage: project.stage,
      fromRank: project.rank,
      rank,
      reason,
      actor,
    });
    if (!isMoved) throw await staleVersionError(tx, stale);
    // The row read above with its new place: nothing else on the card changes, and the version held.
    return toCardView({ ...project, stage: input.toStage, rank, version: project.version + 1 });
  });
}

/**
 * Takes the board's turn (writers that pick a place in a column take turns, see board-order.ts) and
 * reads the card, in one statement. The row may predate a move committed while we waited for the
 * turn: the version in `placeCard`'s condition then refuses the move as stale.
 */
async function lockBoardAndRead(tx: Prisma.TransactionClient, id: number) {
  const [row] = await tx.$queryRaw<(Omit<CardRow, 'ownerUnit'> & { isArchived: boolean; unitName: string })[]>`
    SELECT p."id", p."code", p."name", p."stage"::text AS "stage", p."rank", p."version", p."totalInvestment",
      p."plannedInvestment", p."targetDate", p."isArchived", p."ownerUnitId", u."name" AS "unitName"
    FROM (SELECT pg_advisory_xact_lock(${BOARD_ORDER_LOCK})) AS "turn", "Project" p
      JOIN "OwnerUnit" u ON u."id" = p."ownerUnitId"
    WHERE p."id" = ${id}`;
  if (!row) return null;
  const { unitName, ownerUnitId, ...card } = row as typeof row & { ownerUnitId: number };
  return {
    ...card,
    totalInvestment: new Prisma.Decimal(card.totalInvestment),
    plannedInvestment: new Prisma.Decimal(card.plannedInvestment),
    ownerUnit: { id: ownerUnitId, name: unitName },
  };
}

/**
 * Puts the card in its new place if its version is still the one the mover saw, and records the move
 * (a change of stage, the audit row, the board event), in one statement; false when the version moved
 * on, and then nothing is written. The board's turn keeps moves in order, not edits: the version makes
 * an edit that committed since our read win, and us fail.
 */
async function placeCard(
  tx: Prisma.TransactionClient,
  move: TInput & { fromStage: Stage; fromRank: string; rank: string; reason: string; actor: Actor },
): Promise<boolean> {
  const placed = Prisma.sql`
    "placed" AS (
      UPDATE "Project"
      SET "stage" = ${move.toStage}::"Stage", "rank" = ${move.rank}, "version" = "version" + 1,
        "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ${move.id} AND "version" = ${move.expectedVersion} AND NOT "isArchived"
      RETURNING "id", "stage", "rank", "version"
    ),
    "stageMove" AS (
      INSERT INTO "StageMove" ("projectId", "actor", "at", "fromStage", "toStage", "reason")
      SELECT "id", ${move.actor.username}, now() AT TIME ZONE 'UTC', ${move.fromStage}::"Stage", ${move.toStage}::"Stage",
        ${move.reason}
      FROM "placed" WHERE ${move.fromStage !== move.toStage}
    ),`;
  const change = changeStatement(
    {
      actor: move.actor,
      action: 'move',
      entityType: 'project',
      entityId: move.id,
      before: { stage: move.fromStage, rank: move.fromRank },
      after: { stage: move.toStage, rank: move.rank },
      reason: move.reason,
      event: 'project.moved',
      projectId: move.id,
    },
    {
      alongside: placed,
      onlyIf: 'placed',
      place: Prisma.sql`(SELECT json_build_object('stage', "stage", 'rank', "rank", 'version', "version") FROM "placed")`,
    },
  );
  return (await tx.$queryRaw<unknown[]>(change)).length === 1;
}
