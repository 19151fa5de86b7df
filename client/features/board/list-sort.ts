// The list view's order: the board's own order (stage by stage, each column as arranged), or by
// light (what needs attention first), target date or owner unit, either way; ties keep board order.
import type { BoardData, Card } from '../../lib/types.js';
import { LIGHT_KEYS, lightKeyOf, type ListSort } from './board-view.js';

export type SortKey = 'light' | 'target' | 'unit';

const unitCollator = new Intl.Collator('zh-CN');

const COMPARE: Record<SortKey, (a: Card, b: Card) => number> = {
  light: (a, b) => LIGHT_KEYS.indexOf(lightKeyOf(a.schedule.light)) - LIGHT_KEYS.indexOf(lightKeyOf(b.schedule.light)),
  target: (a, b) => (a.targetDate < b.targetDate ? -1 : a.targetDate > b.targetDate ? 1 : 0),
  unit: (a, b) => unitCollator.compare(a.ownerUnit.name, b.ownerUnit.name) || a.ownerUnit.id - b.ownerUnit.id,
};

export function sortKeyOf(sort: ListSort): SortKey | null {
  return sort === '' ? null : (sort.replace('-', '') as SortKey);
}

export function isDescending(sort: ListSort): boolean {
  return sort.startsWith('-');
}

/** A header click: sort by that key ascending, then descending, then back to the board's order. */
export function nextSort(current: ListSort, key: SortKey): ListSort {
  if (sortKeyOf(current) !== key) return key;
  return isDescending(current) ? '' : `-${key}`;
}

export function sortCards(board: BoardData, sort: ListSort): Card[] {
  const cards = board.columns.flatMap((column) => column.cards);
  const key = sortKeyOf(sort);
  if (!key) return cards;
  const sign = isDescending(sort) ? -1 : 1;
  // Array.prototype.sort is stable: equal cards stay in board order.
  return cards.sort((a, b) => sign * COMPARE[key](a, b));
}
