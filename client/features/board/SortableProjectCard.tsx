import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Card } from '../../lib/types.js';
import type { PendingState } from './board-moves.js';
import { ProjectCard } from './ProjectCard.js';

/** A card someone may move carries the drag handle (and keyboard focus); others are plain. */
export const SortableProjectCard = memo(function SortableProjectCard({
  card,
  canMove,
  pending,
}: {
  card: Card;
  canMove: boolean;
  pending?: PendingState | undefined;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: !canMove,
  });
  const handle = canMove ? { ...attributes, ...listeners } : {};
  return (
    <li
      ref={setNodeRef}
      className={`board__slot${isDragging ? ' board__slot--placeholder' : ''}${canMove ? ' board__slot--movable' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-project-id={card.id}
      {...handle}
    >
      <ProjectCard card={card} pending={pending} />
    </li>
  );
});
