// The one pure rule for where a moved card lands, used by the server (authoritative, inside the
// transaction) and by the client (optimistic), so both agree on the result.
import { rankBetween, sortRanked, type Ranked } from './ordering.js';
import type { Stage } from './stages.js';

export type Placement = { afterId: number } | { beforeId: number } | { position: number } | Record<string, never>;

export interface MoveIntent {
  id: number;
  toStage: Stage;
  placement: Placement;
}

export class PlacementError extends Error {
  constructor(readonly neighbourId: number) {
    super(`Card ${neighbourId} is not in the target column`);
  }
}

/**
 * The new rank for a card placed into `column` (the target column's cards in order, the moved card
 * itself may be among them and is ignored). Missing placement means the end of the column.
 */
export function rankForPlacement(column: readonly Ranked[], movedId: number, placement: Placement): string {
  const others = column.filter((card) => card.id !== movedId);
  let index = others.length;
  if ('afterId' in placement) {
    index = others.findIndex((card) => card.id === placement.afterId) + 1;
    if (index === 0) throw new PlacementError(placement.afterId);
  } else if ('beforeId' in placement) {
    index = others.findIndex((card) => card.id === placement.beforeId);
    if (index === -1) throw new PlacementError(placement.beforeId);
  } else if ('position' in placement) {
    index = Math.max(0, Math.min(placement.position, others.length));
  }
  return rankBetween(others[index - 1]?.rank ?? null, others[index]?.rank ?? null);
}

export interface MovableCard extends Ranked {
  stage: Stage;
  version: number;
}

export interface Column<C> {
  stage: Stage;
  cards: C[];
}

/** The board as it will be once the server accepts the move (the client shows this at once). */
export function applyMove<C extends MovableCard>(columns: readonly Column<C>[], intent: MoveIntent): Column<C>[] {
  const moved = columns.flatMap((column) => column.cards).find((card) => card.id === intent.id);
  const target = columns.find((column) => column.stage === intent.toStage);
  if (!moved || !target) return [...columns];
  const rank = rankForPlacement(target.cards, intent.id, intent.placement);
  const updated: C = { ...moved, stage: intent.toStage, rank, version: moved.version + 1 };
  return columns.map((column) => {
    const cards = column.cards.filter((card) => card.id !== intent.id);
    if (column.stage === intent.toStage) cards.push(updated);
    return { ...column, cards: sortRanked(cards) };
  });
}
