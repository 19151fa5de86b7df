// A live event's card placed into the board the browser already has, as the server's board would
// have it: out of whatever column held it, into its stage's column at its place in board order
// ((rank, id) in byte order, the order board.get sends). Columns no card leaves or enters are kept as
// they were (the same objects), so only they re-render.
import { compareRanked, type Ranked } from '../../../server/domain/ordering.js';
import type { Stage } from '../../../server/domain/stages.js';

export interface PatchableCard extends Ranked {
  stage: Stage;
}

/** A project's card now; null when it is no longer on the board (archived). */
export interface CardPatch<C> {
  id: number;
  card: C | null;
}

interface PatchableBoard<C> {
  /** The newest event the board includes. */
  eventId: number;
  columns: readonly { stage: Stage; cards: readonly C[] }[];
}

/**
 * The board with each patched card in its place, as of the event `throughEventId` (the newest whose
 * card is among the patches); of several patches to one card the last wins.
 */
export function patchBoard<C extends PatchableCard, B extends PatchableBoard<C>>(
  board: B,
  patches: readonly CardPatch<C>[],
  throughEventId: number,
): B {
  const latest = new Map<number, C | null>();
  for (const patch of patches) latest.set(patch.id, patch.card);
  if (latest.size === 0) return board;
  const columns = board.columns.map((column) => {
    const arriving = [...latest.values()].filter((card): card is C => card?.stage === column.stage);
    if (arriving.length === 0 && !column.cards.some((card) => latest.has(card.id))) return column;
    const cards = column.cards.filter((card) => !latest.has(card.id));
    for (const card of arriving) cards.splice(placeOf(cards, card), 0, card);
    return { ...column, cards };
  });
  return { ...board, eventId: Math.max(board.eventId, throughEventId), columns };
}

/** Where `card` goes in a column in board order (binary search). */
function placeOf(cards: readonly Ranked[], card: Ranked): number {
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRanked(cards[middle]!, card) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
