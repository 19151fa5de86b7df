import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../server/domain/board-move.js';
import type { Stage } from '../../../server/domain/stages.js';
import type { MoveOutcome, MoveRequest, MovedCard } from './use-move-project.js';

/** The last move, as the server saved it, and the way back to where the card was. */
export interface UndoableMove {
  /** Each offer restarts the toast's ten seconds. */
  key: number;
  card: MovedCard;
  from: { stage: Stage; placement: Placement };
}

/**
 * Only the last move can be undone: a new move replaces the offer. Undo moves the card back to its
 * old stage and neighbour, expecting the version the move returned (someone else's change since then
 * is a conflict, reported as usual); going back across stages carries its own reason for the gate.
 */
export function useUndoMove(move: (request: MoveRequest) => Promise<MoveOutcome>) {
  const { t } = useTranslation();
  const [last, setLast] = useState<UndoableMove | null>(null);

  const offer = useCallback((card: MovedCard, from: UndoableMove['from']) => {
    setLast({ key: Date.now() + Math.random(), card, from });
  }, []);
  const dismiss = useCallback(() => setLast(null), []);
  /** Returns whether there was a move to undo. */
  const undo = useCallback((): boolean => {
    if (!last) return false;
    setLast(null);
    const { card, from } = last;
    void move({
      id: card.id,
      toStage: from.stage,
      placement: from.placement,
      expectedVersion: card.version,
      ...(from.stage !== card.stage ? { reason: t('moves.undo.reason') } : {}),
    });
    return true;
  }, [last, move, t]);

  return { last, offer, dismiss, undo };
}
