import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../server/domain/stages.js';
import { whenIdle } from '../../lib/idle.js';
import type { Card } from '../../lib/types.js';
import type { Density } from './board-view.js';
import { useBoardMoves, type PendingState } from './board-moves.js';
import { BoardHeadsContext } from './board-heads.js';
import { ColumnHead } from './ColumnHead.js';
import { SortableProjectCard } from './SortableProjectCard.js';
import './board-scale.css';

/** A first guess at a card's height before it is measured; a wrong guess only shifts the scrollbar. */
const ESTIMATED_HEIGHT: Record<Density, number> = { normal: 132, compact: 44 };
const GAP = 6;
const PADDING = 6;
/** Cards rendered beyond each edge, so a quick scroll or a keyboard step finds them there. */
const OVERSCAN = 6;
/**
 * Until the board has been painted a long column renders only the cards in view (and one more): the
 * others are added when the browser is idle, so the first paint does not wait for cards nobody sees.
 */
const FIRST_PAINT_OVERSCAN = 1;
/**
 * Before the column is laid out, the window's height stands for its height, so the cards in view
 * render in the first pass instead of in a second one after a measurement.
 */
const initialRect = () => ({ width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight });
/**
 * A column this short renders every card: it costs little, and the browser's own find (Ctrl+F)
 * still finds any project on an ordinary board. Virtualising starts where rendering would cost.
 */
const RENDER_ALL_UP_TO = 60;

/**
 * One stage's cards. On a grouped board each swimlane has its own three columns: they go without
 * a header (the headers stand once above the lanes) and are named after stage and lane.
 *
 * The column scrolls on its own under its header and renders only the cards near its scroll
 * position (TanStack Virtual). dnd-kit still gets every id of the column, so keyboard moves and
 * announcements count the whole column; the card being dragged stays rendered wherever it is.
 */
export function BoardColumn({
  stage,
  cards,
  canMove,
  lane,
  pending,
  activeId,
  density,
}: {
  stage: Stage;
  cards: Card[];
  canMove(card: Card): boolean;
  lane?: string | undefined;
  /** Cards whose move the server has not answered yet. */
  pending: ReadonlyMap<number, PendingState>;
  /** The card being dragged on this board, if any. */
  activeId: number | null;
  density: Density;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  // Empty because of a search or filter is not an empty stage: do not invite a drop there.
  const { isFiltered } = useContext(BoardHeadsContext);
  const { revealer } = useBoardMoves();
  const scroller = useRef<HTMLDivElement | null>(null);
  const ids = useMemo(() => cards.map((card) => card.id), [cards]);
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);
  const [overscan, setOverscan] = useState(FIRST_PAINT_OVERSCAN);
  useEffect(() => whenIdle(() => setOverscan(OVERSCAN)), []);
  const [firstRect] = useState(initialRect);

  // No React Compiler in this build; the virtualizer re-renders the column itself when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT[density],
    getItemKey: (index) => cards[index]?.id ?? index,
    overscan: cards.length <= RENDER_ALL_UP_TO ? cards.length : overscan,
    initialRect: firstRect,
    gap: GAP,
    paddingStart: PADDING,
    paddingEnd: PADDING,
    rangeExtractor: useCallback((range: Range) => withIndex(defaultRangeExtractor(range), activeIndex), [activeIndex]),
  });
  useEffect(
    () =>
      revealer.subscribe((id) => {
        const index = ids.indexOf(id);
        if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      }),
    [revealer, ids, virtualizer],
  );
  const scrollRef = useCallback(
    (node: HTMLDivElement | null) => {
      scroller.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );

  const headingId = `column-${stage}`;
  const naming =
    lane === undefined
      ? { 'aria-labelledby': headingId }
      : { 'aria-label': t('board.laneColumn', { stage: t(`stage.${stage}`), lane }) };
  return (
    <section className={`column column--${stage}`} {...naming} data-stage={stage} data-card-count={cards.length}>
      {lane === undefined && <ColumnHead stage={stage} cards={cards} headingId={headingId} />}
      <SortableContext id={stage} items={ids} strategy={verticalListSortingStrategy}>
        <div ref={scrollRef} className={isOver ? 'column__scroll column__scroll--over' : 'column__scroll'}>
          {cards.length === 0 ? (
            <ol className="column__cards">
              <li className="column__empty">{t(isFiltered ? 'board.noMatch' : 'board.empty')}</li>
            </ol>
          ) : (
            <ol className="column__cards column__cards--virtual" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const card = cards[item.index]!;
                return (
                  <SortableProjectCard
                    key={card.id}
                    card={card}
                    canMove={canMove(card)}
                    pending={pending.get(card.id)}
                    index={item.index}
                    top={item.start}
                    measureRef={virtualizer.measureElement}
                  />
                );
              })}
            </ol>
          )}
        </div>
      </SortableContext>
    </section>
  );
}

/** The range with one more index in it (in order), unless it is -1 or already there. */
function withIndex(indexes: number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}
