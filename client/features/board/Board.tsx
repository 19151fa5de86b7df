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
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { stageGate } from '../../../server/domain/stage-gate.js';
import { STAGES, stageIndex, type Stage } from '../../../server/domain/stages.js';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import type { BoardData, Card } from '../../lib/types.js';
import { BoardColumn } from './BoardColumn.js';
import { multiColumnCollision } from './collision.js';
import { isStage, layoutOf, moveAcross, moveWithin, placementIn, positionOf, stageOf, type Layout } from './layout.js';
import { MoveReasonDialog, type ReasonRequest } from './MoveReasonDialog.js';
import { ProjectCard } from './ProjectCard.js';
import { UndoToast } from './UndoToast.js';
import { useMoveProject, type MoveRequest } from './use-move-project.js';
import { useUndoMove, type UndoableMove } from './use-undo-move.js';

// A column whose cards did not change (same array) skips rendering while another column takes a card.
const Column = memo(BoardColumn);

/** A dropped move waiting for the gate's answer or for the person's reason; the card shows where it was dropped. */
interface PendingMove {
  request: MoveRequest;
  from: UndoableMove['from'];
  layout: Layout;
  ask?: ReasonRequest;
}

/** `lane`: this board is one swimlane of a grouped board (its columns go without headers, named after the lane). */
export function Board({ board, lane }: { board: BoardData; lane?: string }) {
  const { t } = useTranslation();
  const moveProject = useMoveProject();
  const undo = useUndoMove(moveProject);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [pending, setPending] = useState<PendingMove | null>(null);
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
  const layout = dragLayout ?? pending?.layout ?? savedLayout;
  const columnCards: Record<Stage, Card[]> = {
    maturity: useCardsOf(layout.maturity, cardsById),
    acceleration: useCardsOf(layout.acceleration, cardsById),
    contribution: useCardsOf(layout.contribution, cardsById),
  };
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
    const request: MoveRequest = {
      id,
      toStage,
      placement: placementIn(ids, id),
      expectedVersion: pickedVersion.current ?? card.version,
    };
    const from = { stage: card.stage, placement: placementIn(savedLayout[card.stage], id) };
    if (toStage === card.stage) return send(request, from);
    // Across stages the gate may ask for a reason: backward always, forward past unfinished milestones.
    setPending({ request, from, layout: finalLayout });
    const ask = (gate: ReasonRequest['gate']) =>
      setPending({ request, from, layout: finalLayout, ask: { name: card.name, from: card.stage, to: toStage, gate } });
    if (stageIndex(toStage) < stageIndex(card.stage)) return ask(stageGate(card.stage, toStage, []));
    queryClient
      .fetchQuery({ ...trpc.project.stageGate.queryOptions({ id, toStage }), staleTime: 0 })
      .then((gate) => (gate.needsReason ? ask(gate) : send(request, from)))
      .catch((error: unknown) => {
        setPending(null);
        notify(t('move.failed', { message: describeError(error, t) }));
      });
  }

  /** Sends the move (the board shows it at once); once saved, it may be undone for a while. */
  function send(request: MoveRequest, from: UndoableMove['from']) {
    void moveProject(request).then((saved) => saved && undo.offer(saved, from));
    setPending(null);
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
          <Column key={stage} stage={stage} canMove={canMove} lane={lane} cards={columnCards[stage]} />
        ))}
      </div>
      <DragOverlay>{activeCard ? <ProjectCard card={activeCard} isOverlay /> : null}</DragOverlay>
      {pending?.ask && (
        <MoveReasonDialog
          request={pending.ask}
          onConfirm={(reason) => send({ ...pending.request, reason }, pending.from)}
          onCancel={() => setPending(null)}
        />
      )}
      {undo.last && <UndoToast key={undo.last.key} move={undo.last} onUndo={undo.undo} onExpire={undo.dismiss} />}
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
