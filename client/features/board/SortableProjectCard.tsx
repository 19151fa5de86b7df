import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Card } from '../../lib/types.js';
import { ProjectCard } from './ProjectCard.js';

export const SortableProjectCard = memo(function SortableProjectCard({ card }: { card: Card }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'board__slot board__slot--placeholder' : 'board__slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-project-id={card.id}
      {...attributes}
      {...listeners}
    >
      <ProjectCard card={card} />
    </li>
  );
});
