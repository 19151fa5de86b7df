// Keyboard moves: the arrow keys as dnd-kit's sortable lists have them, plus Home and End to carry the
// picked-up card to the top or bottom of the column it is over. A column of a thousand cards is a
// thousand arrow presses otherwise, and most of those cards are not rendered to step over.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

const EDGE_KEYS = ['Home', 'End'];
/** Where the carried card's top goes in the scrolled column: a little in from its top or bottom edge. */
const INSET = 8;

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (!EDGE_KEYS.includes(event.code)) return sortableKeyboardCoordinates(event, withoutFullColumns(args));
  const { over, droppableContainers, collisionRect } = args.context;
  const overNode = over ? droppableContainers.get(over.id)?.node.current : null;
  const scroller = overNode?.closest<HTMLElement>('.column__scroll');
  if (!scroller || !collisionRect) return undefined;
  event.preventDefault();
  const toEnd = event.code === 'End';
  // Instantly, so the column renders its last (or first) cards before the drop looks for them.
  scroller.scrollTo({ top: toEnd ? scroller.scrollHeight : 0, behavior: 'instant' });
  const box = scroller.getBoundingClientRect();
  // A card lands below another when its top is past that card's middle (use-board-drag.ts): for End the
  // carried card's top goes just inside the column's bottom edge, whatever the heights of the two cards.
  return { x: args.currentCoordinates.x, y: toEnd ? box.bottom - INSET : box.top + INSET };
};

/**
 * The arrows step from card to card; a column is a target of its own only while it shows no card.
 * A column's scroll box is about a screen tall, so its corners are often nearer than the next
 * column's first card, and the arrow would land on the column the card is already in. dnd-kit's
 * getter reads only `getEnabled` and `get` of the droppables, so those are what this view offers.
 */
function withoutFullColumns(args: Parameters<KeyboardCoordinateGetter>[1]): Parameters<KeyboardCoordinateGetter>[1] {
  const all = args.context.droppableContainers;
  const enabled = all.getEnabled();
  const withCards = new Set(enabled.map((entry) => entry.data.current?.['sortable']?.containerId as unknown));
  const targets = enabled.filter((entry) => !withCards.has(entry.id));
  const droppableContainers = { getEnabled: () => targets, get: (id) => all.get(id) } as typeof all;
  return { ...args, context: { ...args.context, droppableContainers } };
}
