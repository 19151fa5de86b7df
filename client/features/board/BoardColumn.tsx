import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../server/domain/stages.js';
import type { Card } from '../../lib/types.js';
import { SortableProjectCard } from './SortableProjectCard.js';

export function BoardColumn({ stage, cards, canMove }: { stage: Stage; cards: Card[]; canMove(card: Card): boolean }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `column-${stage}`;
  return (
    <section className={`column column--${stage}`} aria-labelledby={headingId} data-stage={stage}>
      <header className="column__head">
        <h2 id={headingId}>{t(`stage.${stage}`)}</h2>
        <span className="column__count">{t('board.count', { count: cards.length })}</span>
        <p className="column__hint">{t(`stageHint.${stage}`)}</p>
      </header>
      <SortableContext id={stage} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={isOver ? 'column__cards column__cards--over' : 'column__cards'}>
          {cards.map((card) => (
            <SortableProjectCard key={card.id} card={card} canMove={canMove(card)} />
          ))}
          {cards.length === 0 && <li className="column__empty">{t('board.empty')}</li>}
        </ol>
      </SortableContext>
    </section>
  );
}
