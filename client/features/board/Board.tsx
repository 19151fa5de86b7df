import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { STAGES } from '../../../server/domain/stages.js';
import { useActor } from '../auth/use-session.js';
import type { BoardData, Card } from '../../lib/types.js';
import { BoardColumn } from './BoardColumn.js';
import { multiColumnCollision } from './collision.js';
import { isStage, layoutOf, moveAcross, moveWithin, placementIn, positionOf, stageOf, type Layout } from './layout.js';
import { ProjectCard } from './ProjectCard.js';
import { useMoveProject } from './use-move-project.js';

/** `lane`: this board is one swimlane of a grouped board (its columns go without headers, named after the lane). */
export function Board({ board, lane }: { board: BoardData; lane?: string }) {
  const { t } = useTranslation();
  const moveProject = useMoveProject();
  const actor = useActor();
  const canMove = useCallback((card: Card) => can(actor, 'editProject', { ownerUnitId: card.ownerUnit.id }), [actor]);
  const cardsById = useMemo(
    () => new Map(board.columns.flatMap((c) => c.cards).map((card) => [card.id, card])),
    [board],
  );
  const savedLayout = useMemo(() => layoutOf(board), [board]);
  // While a drag is on, the columns follow this local snapshot; the cache is touched only on drop.
  const [dragLayout, setDragLayoutState] = useState<Layout | null>(null);
  // Handlers read the latest snapshot from here: a drop can come before React renders the last move.
  const dragLayoutRef = useRef<Layout | null>(null);
  const setDragLayout = (next: Layout | null) => {
    dragLayoutRef.current = next;
    setDragLayoutState(next);
  };
  const [activeId, setActiveId] = useState<number | null>(null);
  // The version the person saw when they picked the card up: a live refresh mid-drag must not hide a conflict.
  const pickedVersion = useRef<number | null>(null);
  const layout = dragLayout ?? savedLayout;
  const lastOverId = useRef<UniqueIdentifier | null>(null);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const collisionDetection: CollisionDetection = useCallback(
    (args) => multiColumnCollision(args, layout, lastOverId),
    [layout],
  );

  /** Where the card would land: over another card, that card's place; otherwise its own. */
  function describe(activeId: UniqueIdentifier, overId?: UniqueIdentifier) {
    const card = cardsById.get(activeId as number);
    const target = overId !== undefined && overId !== activeId && !isStage(overId) ? overId : activeId;
    const where = positionOf(layout, target as number) ?? positionOf(layout, activeId as number);
    return { name: card?.name ?? '', stage: where ? t(`stage.${where.stage}`) : '', position: where?.position ?? 0 };
  }
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', describe(active.id)),
    // Over itself is where it started: keep the pick-up message.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id ? t('dnd.over', describe(active.id, over.id)) : undefined,
    onDragEnd: ({ active, over }) => t('dnd.dropped', describe(active.id, over?.id)),
    onDragCancel: ({ active }) => t('dnd.cancelled', describe(active.id)),
  };

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(active.id as number);
    pickedVersion.current = cardsById.get(active.id as number)?.version ?? null;
    setDragLayout(savedLayout);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const translated = active.rect.current.translated;
    const below = translated != null && translated.top > over.rect.top + over.rect.height / 2;
    const current = dragLayoutRef.current;
    if (current) setDragLayout(moveAcross(current, active.id as number, over.id, below));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = active.id as number;
    const current = dragLayoutRef.current;
    const finalLayout = current && over ? moveWithin(current, id, over.id) : null;
    setDragLayout(null);
    setActiveId(null);
    const card = cardsById.get(id);
    const toStage = finalLayout && stageOf(finalLayout, id);
    if (!card || !finalLayout || !toStage) return;
    const ids = finalLayout[toStage];
    if (toStage === card.stage && ids.join() === savedLayout[toStage].join()) return;
    moveProject({
      id,
      toStage,
      placement: placementIn(ids, id),
      expectedVersion: pickedVersion.current ?? card.version,
    });
  }

  function onDragCancel() {
    setDragLayout(null);
    setActiveId(null);
  }

  const activeCard = activeId === null ? undefined : cardsById.get(activeId);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="board" aria-label={t('board.label')}>
        {STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            canMove={canMove}
            lane={lane}
            cards={layout[stage].map((id) => cardsById.get(id)).filter((card): card is Card => card !== undefined)}
          />
        ))}
      </div>
      <DragOverlay>{activeCard ? <ProjectCard card={activeCard} isOverlay /> : null}</DragOverlay>
    </DndContext>
  );
}
