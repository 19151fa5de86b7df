// What a live event carries beyond "something changed": the changed project's card as board.get now
// gives it, so a browser places that one card instead of fetching the whole board again. The cards come
// from the board this server keeps (no query when it is up to date), as of the newest event in the
// batch or later; a card read later than its event is still right, as any change after it has an event
// of its own that follows.
import type { BoardEventRow } from '../../realtime/board-feed.js';
import type { BoardReadModel, ScheduledCard } from './get-board.js';

/** The card now (null: no longer on the board, e.g. archived) and the day its light is for. */
export interface CardChange {
  today: string;
  card: ScheduledCard | null;
}

export type LiveBoardEvent = BoardEventRow & { change?: CardChange };

/** Kinds that change one project's card and nothing else on the board. */
const CARD_EVENT_KINDS: ReadonlySet<string> = new Set([
  'project.created',
  'project.updated',
  'project.moved',
  'blocker.stepped',
]);

/**
 * The events with their cards. An event without `change` (a calendar or unit change, or no board read
 * on this server yet) leaves the subscriber to read the board again.
 */
export async function readChangedCards(
  board: Pick<BoardReadModel, 'cards'>,
  rows: readonly BoardEventRow[],
): Promise<LiveBoardEvent[]> {
  const ids = new Set<number>();
  for (const row of rows) {
    if (row.projectId !== null && CARD_EVENT_KINDS.has(row.kind)) ids.add(row.projectId);
  }
  if (ids.size === 0) return [...rows];
  const read = await board.cards([...ids], Math.max(...rows.map((row) => row.id)));
  if (!read) return [...rows];
  const cardById = new Map(read.cards.map((card) => [card.id, card]));
  return rows.map((row) =>
    row.projectId !== null && CARD_EVENT_KINDS.has(row.kind)
      ? { ...row, change: { today: read.today, card: cardById.get(row.projectId) ?? null } }
      : row,
  );
}
