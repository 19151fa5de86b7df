import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoableMove } from './use-undo-move.js';
import './moves.css';

export const UNDO_SECONDS = 10;

/** "Moved … — Undo" for ten seconds after a move, counting down; then it goes away by itself. */
export function UndoToast({ move, onUndo, onExpire }: { move: UndoableMove; onUndo(): void; onExpire(): void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(UNDO_SECONDS);
  useEffect(() => {
    const deadline = Date.now() + UNDO_SECONDS * 1000;
    const timer = setInterval(() => {
      const seconds = Math.ceil((deadline - Date.now()) / 1000);
      if (seconds <= 0) onExpire();
      else setLeft(seconds);
    }, 250);
    return () => clearInterval(timer);
  }, [onExpire]);

  const { card, from } = move;
  const stage = t(`stage.${card.stage}`);
  return (
    <div className="undo-toast" role="status">
      <span>
        {from.stage === card.stage
          ? t('moves.undo.reordered', { name: card.name, stage })
          : t('moves.undo.moved', { name: card.name, stage })}
      </span>
      <span className="undo-toast__countdown">{t('moves.undo.countdown', { seconds: left })}</span>
      <button type="button" className="primary" onClick={onUndo}>
        {t('moves.undo.button')}
      </button>
    </div>
  );
}
