import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../server/domain/stages.js';
import type { Card } from '../../lib/types.js';
import type { PendingState } from './board-moves.js';
import { BoardHeadsContext } from './board-heads.js';
import { ColumnHead } from './ColumnHead.js';
import { SortableProjectCard } from './SortableProjectCard.js';

/**
 * One stage's cards. On a grouped board each swimlane has its own three columns: they go without
 * a header (the headers stand once above the lanes) and are named after stage and lane.
 */
export function BoardColumn({
  stage,
  cards,
  canMove,
  lane,
  pending,
}: {
  stage: Stage;
  cards: Card[];
  canMove(card: Card): boolean;
  lane?: string | undefined;
  /** Cards whose move the server has not answered yet. */
  pending: ReadonlyMap<number, PendingState>;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  // Empty because of a search or filter is not an empty stage: do not invite a drop there.
  const { isFiltered } = useContext(BoardHeadsContext);
  const headingId = `column-${stage}`;
  const naming =
    lane === undefined
      ? { 'aria-labelledby': headingId }
      : { 'aria-label': t('board.laneColumn', { stage: t(`stage.${stage}`), lane }) };
  return (
    <section className={`column column--${stage}`} {...naming} data-stage={stage}>
      {lane === undefined && <ColumnHead stage={stage} cards={cards} headingId={headingId} />}
      <SortableContext id={stage} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={isOver ? 'column__cards column__cards--over' : 'column__cards'}>
          {cards.map((card) => (
            <SortableProjectCard key={card.id} card={card} canMove={canMove(card)} pending={pending.get(card.id)} />
          ))}
          {cards.length === 0 && <li className="column__empty">{t(isFiltered ? 'board.noMatch' : 'board.empty')}</li>}
        </ol>
      </SortableContext>
    </section>
  );
}
