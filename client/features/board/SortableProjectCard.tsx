import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback } from 'react';
import type { Card } from '../../lib/types.js';
import type { PendingState } from './board-moves.js';
import { ProjectCard } from './ProjectCard.js';

/**
 * A card someone may move carries the drag handle (and keyboard focus); others are plain. It sits
 * at `top` in its virtualised column, which measures it (`measureRef`) once it is in the page.
 */
export const SortableProjectCard = memo(function SortableProjectCard({
  card,
  canMove,
  pending,
  index,
  top,
  measureRef,
}: {
  card: Card;
  canMove: boolean;
  pending?: PendingState | undefined;
  index: number;
  top: number;
  measureRef(node: Element | null): void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: !canMove,
  });
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node);
      measureRef(node);
    },
    [setNodeRef, measureRef],
  );
  const handle = canMove ? { ...attributes, ...listeners } : {};
  return (
    <li
      ref={ref}
      className={`board__slot${isDragging ? ' board__slot--placeholder' : ''}${canMove ? ' board__slot--movable' : ''}`}
      style={{ top, transform: CSS.Translate.toString(transform), transition }}
      data-project-id={card.id}
      data-index={index}
      {...handle}
    >
      <ProjectCard card={card} pending={pending} />
    </li>
  );
});
