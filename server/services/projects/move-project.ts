import type { z } from 'zod';
import { Prisma, type PrismaClient } from '../../db/generated/client.js';
import type { CardRow } from '../../db/selects.js';
import { PlacementError, rankForPlacement, type Placement } from '../../domain/board-move.js';
import { compareRanked, type Ranked } from '../../domain/ordering.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectMove } from '../../domain/project-input.js';
import { gateRefusal, stageGate, type GateMilestone } from '../../domain/stage-gate.js';
import { stageIndex, type Stage } from '../../domain/stages.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import {
  BOARD_ORDER_LOCK,
  neighboursQuery,
  stillBetween,
  type NeighbourRow,
  type Neighbours,
} from '../shared/board-order.js';
import { staleVersionError } from '../shared/conflicts.js';
import { changeStatement } from '../shared/record-change.js';
import { toCardView } from '../shared/views.js';

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
 * Dragging cards is what people do most, so a move is two statements: each round trip is one more wait
 * on PGlite's one connection.
 */
export async function moveProject({ prisma, input, actor }: { prisma: PrismaClient; input: TInput; actor: Actor }) {
  return prisma.$transaction(async (tx) => {
    const neighbours = neighboursQuery(input.toStage, input.id, placementOf(input));
    const read = await lockBoardAndRead(tx, input.id, neighbours.sql, stageIndex(input.toStage) > 0);
    if (!read || read.project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.id });
    const { project } = read;
    authorize(actor, 'editProject', { ownerUnitId: project.ownerUnit.id, ownerUnitName: project.ownerUnit.name });
    const stale = { type: 'project', id: input.id, projectCode: project.code } as const;
    if (project.version !== input.expectedVersion) throw await staleVersionError(tx, stale);
    // The gate: forward past unfinished milestones, or backward, only with a reason. The refusal
    // carries the gate, so the client can ask for the reason without asking for the gate first.
    const gate = stageGate(project.stage, input.toStage, read.milestones ?? []);
    const refusal = gateRefusal(gate, input.reason);
    if (refusal) {
      throw new AppError('PRECONDITION_FAILED', refusal.key, { ...refusal.params, code: project.code }, { gate });
    }
    const move = { ...input, fromStage: project.stage, fromRank: project.rank, reason: input.reason ?? '', actor };
    // The neighbours came with the card, read before the board's turn was ours: when a card was
    // placed in the same gap or a neighbour moved meanwhile (the write finds it), or the neighbour
    // seemed missing, they are read again, now that no other writer can place a card.
    let place = optimisticPlace(() => placeAmong(() => neighbours.read(read.neighbours), input.id));
    let placed = place ? await placeCard(tx, { ...move, rank: place.key, between: place.between }) : 'neighbourMoved';
    if (!place || placed === 'neighbourMoved') {
      const rows = await tx.$queryRaw<NeighbourRow[]>(neighbours.sql);
      place = placeAmong(() => neighbours.read(rows), input.id);
      placed = await placeCard(tx, { ...move, rank: place.key, between: null });
    }
    if (placed !== 'placed') throw await staleVersionError(tx, stale);
    // The row read above with its new place: nothing else on the card changes, and the version held.
    return toCardView({ ...project, stage: input.toStage, rank: place.key, version: project.version + 1 });
  });
}

/**
 * The card's new key among the neighbours `read` gives, and the two cards it goes between (null: the
 * column's end); a neighbour that is not in the column is refused in the words of the API.
 */
function placeAmong(read: () => Neighbours, movedId: number): { key: string; between: Between } {
  try {
    const { column, placement } = read();
    const key = rankForPlacement(column, movedId, placement);
    const moved = { id: movedId, rank: key };
    const below = column.filter((card) => compareRanked(card, moved) < 0).at(-1) ?? null;
    const above = column.find((card) => compareRanked(card, moved) > 0) ?? null;
    return { key, between: { below, above } };
  } catch (error) {
    if (error instanceof PlacementError) {
      throw new AppError('BAD_REQUEST', 'move.neighbourMissing', { id: error.neighbourId });
    }
    throw error;
  }
}

/** The place among neighbours read before the board's turn was ours; null when the neighbour seemed missing. */
function optimisticPlace(place: () => ReturnType<typeof placeAmong>) {
  try {
    return place();
  } catch (error) {
    if (error instanceof AppError && error.key === 'move.neighbourMissing') return null;
    throw error;
  }
}

interface Between {
  below: Ranked | null;
  above: Ranked | null;
}

/**
 * Takes the board's turn (writers that pick a place in a column take turns, see board-order.ts) and
 * reads the card, the neighbours of its new place and, for a column a step forward may lead to, the
 * milestones the stage gate asks about, in one statement. What it reads may predate a move committed
 * while we waited for the turn: `placeCard`'s conditions then find it.
 */
async function lockBoardAndRead(
  tx: Prisma.TransactionClient,
  id: number,
  neighbours: Prisma.Sql,
  withMilestones: boolean,
) {
  const milestones = withMilestones
    ? Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', m."id", 'name', m."name", 'stage', m."stage",
        'actualFinish', m."actualFinish") ORDER BY m."seq"), '[]'::json) FROM "Milestone" m WHERE m."projectId" = p."id")`
    : Prisma.sql`NULL::json`;
  const [row] = await tx.$queryRaw<
    (Omit<CardRow, 'ownerUnit'> & {
      isArchived: boolean;
      ownerUnitId: number;
      unitName: string;
      neighbours: NeighbourRow[];
      milestones: GateMilestone[] | null;
    })[]
  >`
    SELECT p."id", p."code", p."name", p."stage"::text AS "stage", p."rank", p."version", p."totalInvestment",
      p."plannedInvestment", p."targetDate", p."isArchived", p."ownerUnitId", u."name" AS "unitName",
      (SELECT coalesce(json_agg("neighbour"), '[]'::json) FROM (${neighbours}) AS "neighbour") AS "neighbours",
      ${milestones} AS "milestones"
    FROM (SELECT pg_advisory_xact_lock(${BOARD_ORDER_LOCK})) AS "turn", "Project" p
      JOIN "OwnerUnit" u ON u."id" = p."ownerUnitId"
    WHERE p."id" = ${id}`;
  if (!row) return null;
  const { unitName, ownerUnitId, neighbours: found, milestones: gateMilestones, ...card } = row;
  const project = {
    ...card,
    totalInvestment: new Prisma.Decimal(card.totalInvestment),
    plannedInvestment: new Prisma.Decimal(card.plannedInvestment),
    ownerUnit: { id: ownerUnitId, name: unitName },
  };
  return { project, neighbours: found, milestones: gateMilestones };
}

/**
 * Puts the card in its new place if its version is still the one the mover saw and, with `between`,
 * no card has come between its neighbours since they were read; records the move (a change of stage,
 * the audit row, the board event) in the same statement. When it cannot, nothing is written: then
 * 'neighbourMoved' if a card came between or a neighbour moved, 'stale' if not. The board's turn keeps
 * moves in order, not edits: the version makes an edit that committed since our read win, and us fail.
 */
async function placeCard(
  tx: Prisma.TransactionClient,
  move: TInput & {
    fromStage: Stage;
    fromRank: string;
    rank: string;
    reason: string;
    actor: Actor;
    between: Between | null;
  },
): Promise<'placed' | 'neighbourMoved' | 'stale'> {
  const isGapFree = move.between
    ? stillBetween(move.toStage, move.id, move.between.below, move.between.above)
    : Prisma.sql`TRUE`;
  const placed = Prisma.sql`
    "placed" AS (
      UPDATE "Project"
      SET "stage" = ${move.toStage}::"Stage", "rank" = ${move.rank}, "version" = "version" + 1,
        "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ${move.id} AND "version" = ${move.expectedVersion} AND NOT "isArchived" AND ${isGapFree}
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
  if ((await tx.$queryRaw<unknown[]>(change)).length === 1) return 'placed';
  if (!move.between) return 'stale';
  const [{ isGapFree: gapFree }] = await tx.$queryRaw<[{ isGapFree: boolean }]>`SELECT ${isGapFree} AS "isGapFree"`;
  return gapFree ? 'stale' : 'neighbourMoved';
}
