import { createContext, use } from 'react';
import type { CardRevealer } from './card-reveal.js';
import type { Drop } from './use-board-drag.js';
import type { MoveOutcome, MoveRequest, MovedCard } from './use-move-project.js';

/**
 * What every board on the page shares: one way to move, one last move to undo (a grouped board has
 * a board per lane, but Ctrl+Z and the toast mean the page's last move), one card to give focus back
 * to, and which cards have a move on its way to the server.
 */
export interface BoardMoves {
  move(request: MoveRequest): Promise<MoveOutcome>;
  offerUndo(card: MovedCard, from: Drop['from']): void;
  /** Puts focus back on this card once a dialog or toast that held it goes away. */
  focusCard(id: number): void;
  /** Scrolls a card into view in its column (columns render only the cards near their scroll position). */
  revealer: CardRevealer;
  /** Card id → 'sending' (on its way) or 'waiting' (held back: the browser is offline). */
  pending: ReadonlyMap<number, PendingState>;
}
export type PendingState = 'sending' | 'waiting';

export const BoardMovesContext = createContext<BoardMoves | null>(null);

export function useBoardMoves(): BoardMoves {
  const moves = use(BoardMovesContext);
  if (!moves) throw new Error('useBoardMoves outside BoardPage');
  return moves;
}
