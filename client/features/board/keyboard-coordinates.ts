// Keyboard moves: the arrow keys as dnd-kit's sortable lists have them, plus Home and End to carry the
// picked-up card to the top or bottom of the column it is over. A column of a thousand cards is a
// thousand arrow presses otherwise, and most of those cards are not rendered to step over.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

const EDGE_KEYS = ['Home', 'End'];
/** Where the carried card's top goes inside the scrolled column: a little in from the edge. */
const INSET = 8;

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (!EDGE_KEYS.includes(event.code)) return sortableKeyboardCoordinates(event, args);
  const { over, droppableContainers, collisionRect } = args.context;
  const overNode = over ? droppableContainers.get(over.id)?.node.current : null;
  const scroller = overNode?.closest<HTMLElement>('.column__scroll');
  if (!scroller || !collisionRect) return undefined;
  event.preventDefault();
  const toEnd = event.code === 'End';
  // Instantly, so the column renders its last (or first) cards before the drop looks for them.
  scroller.scrollTo({ top: toEnd ? scroller.scrollHeight : 0, behavior: 'instant' });
  const box = scroller.getBoundingClientRect();
  return {
    x: args.currentCoordinates.x,
    y: toEnd ? box.bottom - collisionRect.height - INSET : box.top + INSET,
  };
};
