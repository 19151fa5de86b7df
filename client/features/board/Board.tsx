import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { STAGES, type Stage } from '../../../server/domain/stages.js';
import type { BoardData, Card } from '../../lib/types.js';
import type { Density } from './board-view.js';
import { useActor } from '../auth/use-session.js';
import { BoardColumn } from './BoardColumn.js';
import { layoutOf } from './layout.js';
import { MoveReasonDialog } from './MoveReasonDialog.js';
import { ProjectCard } from './ProjectCard.js';
import { useBoardMoves } from './board-moves.js';
import { useBoardDrag } from './use-board-drag.js';
import { useGateDialog } from './use-gate-dialog.js';
import { useBoardTop } from './use-board-top.js';
import { useMoveAnnouncements } from './use-move-announcements.js';

// Droppables are measured when a drag starts and while it lasts, not on every render of the board:
// measuring them all (a card is one too) after each live update or column scroll costs more than it.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

// A column whose cards did not change (same array) skips rendering while another column takes a card.
const Column = memo(BoardColumn);

/** `lane`: this board is one swimlane of a grouped board (its columns go without headers, named after the lane). */
export function Board({ board, lane, density }: { board: BoardData; lane?: string; density: Density }) {
  const { t } = useTranslation();
  const actor = useActor();
  const canMove = useCallback((card: Card) => can(actor, 'editProject', { ownerUnitId: card.ownerUnit.id }), [actor]);
  const cardsById = useMemo(
    () => new Map(board.columns.flatMap((c) => c.cards).map((card) => [card.id, card])),
    [board],
  );
  const savedLayout = useMemo(() => layoutOf(board), [board]);

  const { move, offerUndo, focusCard, pending } = useBoardMoves();
  const gate = useGateDialog({ move, cardsById, onSaved: offerUndo, onClosed: focusCard });
  const drag = useBoardDrag({
    savedLayout,
    shownLayout: gate.pending?.layout ?? savedLayout,
    cardsById,
    onDrop: gate.onDrop,
  });
  const announcements = useMoveAnnouncements(drag.layout, cardsById);
  const boardRef = useRef<HTMLDivElement>(null);
  useBoardTop(boardRef);
  const columnCards: Record<Stage, Card[]> = {
    maturity: useCardsOf(drag.layout.maturity, cardsById),
    acceleration: useCardsOf(drag.layout.acceleration, cardsById),
    contribution: useCardsOf(drag.layout.contribution, cardsById),
  };

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={drag.collisionDetection}
      measuring={MEASURING}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      {...drag.handlers}
    >
      <div ref={boardRef} className={`board board--${density}`} aria-label={t('board.label')}>
        {STAGES.map((stage) => (
          <Column
            key={stage}
            stage={stage}
            canMove={canMove}
            lane={lane}
            cards={columnCards[stage]}
            pending={pending}
            activeId={drag.activeId}
            density={density}
          />
        ))}
      </div>
      <DragOverlay>{drag.activeCard ? <ProjectCard card={drag.activeCard} isOverlay /> : null}</DragOverlay>
      {gate.pending && (
        <MoveReasonDialog request={gate.pending.ask} onConfirm={gate.onConfirm} onCancel={gate.onCancel} />
      )}
    </DndContext>
  );
}

/** The cards of a column's ids: the same array while the ids are (a drag keeps untouched columns' ids). */
function useCardsOf(ids: number[], cardsById: Map<number, Card>): Card[] {
  return useMemo(
    () => ids.map((id) => cardsById.get(id)).filter((card): card is Card => card !== undefined),
    [ids, cardsById],
  );
}
