import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useRef, useState } from 'react';
import type { Card } from '../../lib/types.js';
import { multiColumnCollision } from './collision.js';
import { boardKeyboardCoordinates } from './keyboard-coordinates.js';
import { moveAcross, moveWithin, placementIn, stageOf, type Layout } from './layout.js';
import type { MoveRequest } from './use-move-project.js';
import type { UndoableMove } from './use-undo-move.js';

/** A card put down somewhere new: the intent to send, where it came from, and the columns as dropped. */
export interface Drop {
  request: MoveRequest;
  from: UndoableMove['from'];
  layout: Layout;
}

/**
 * One drag at a time: while it is on, the columns follow a local `columnId → ids` snapshot and the
 * cache is not touched; a cancel simply drops the snapshot. A drop that changes something becomes
 * one `Drop` for `onDrop`. `shownLayout` is what the columns show when no drag is on.
 */
export function useBoardDrag({
  savedLayout,
  shownLayout,
  cardsById,
  onDrop,
}: {
  savedLayout: Layout;
  shownLayout: Layout;
  cardsById: Map<number, Card>;
  onDrop(drop: Drop): void;
}) {
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
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const layout = dragLayout ?? shownLayout;

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const collisionDetection: CollisionDetection = useCallback(
    (args) => multiColumnCollision(args, layout, lastOverId),
    [layout],
  );

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
    onDrop({
      request: { id, toStage, placement: placementIn(ids, id), expectedVersion: pickedVersion.current ?? card.version },
      from: { stage: card.stage, placement: placementIn(savedLayout[card.stage], id) },
      layout: finalLayout,
    });
  }

  function onDragCancel() {
    setDragLayout(null);
    setActiveId(null);
  }

  return {
    layout,
    activeId,
    activeCard: activeId === null ? undefined : cardsById.get(activeId),
    sensors,
    collisionDetection,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
