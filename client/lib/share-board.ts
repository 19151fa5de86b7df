// A new board answer (a refetch, a live event's card placed) keeps every card that did not change as
// the very object the screen already has, matched by id. React Query's own sharing matches by place
// in the list: one card moved to the top of a column would turn every card below it into a copy, and
// every one of them would render again.
import { replaceEqualDeep } from '@tanstack/react-query';

interface Shareable {
  columns: readonly { cards: readonly { id: number }[] }[];
}

function isShareable(data: unknown): data is Shareable {
  const columns = (data as Partial<Shareable> | null)?.columns;
  return Array.isArray(columns) && columns.every((column) => Array.isArray(column?.cards));
}

/** For the board query's `structuralSharing`: `after`, with whatever equals `before`'s taken from it. */
export function shareBoard(before: unknown, after: unknown): unknown {
  if (!isShareable(before) || !isShareable(after)) return replaceEqualDeep(before, after);
  const known = new Map<number, unknown>();
  for (const column of before.columns) for (const card of column.cards) known.set(card.id, card);
  let isSame = before.columns.length === after.columns.length;
  const columns = after.columns.map((column, index) => {
    const cards = column.cards.map((card) => replaceEqualDeep(known.get(card.id), card));
    const old = before.columns[index];
    if (old && sameItems(old.cards, cards) && sameFields(old, column, 'cards')) return old;
    isSame = false;
    return { ...column, cards };
  });
  const shared: Record<string, unknown> = { ...after, columns };
  for (const [key, value] of Object.entries(after)) {
    if (key === 'columns') continue;
    const kept = replaceEqualDeep((before as unknown as Record<string, unknown>)[key], value);
    shared[key] = kept;
    isSame &&= kept === (before as unknown as Record<string, unknown>)[key];
  }
  isSame &&= Object.keys(before).length === Object.keys(after).length;
  return isSame ? before : shared;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The same own fields, with the same values, but `except`. */
function sameFields(a: object, b: object, except: string): boolean {
  const aEntries = Object.entries(a).filter(([key]) => key !== except);
  const bRecord = b as Record<string, unknown>;
  return (
    aEntries.length === Object.keys(b).filter((key) => key !== except).length &&
    aEntries.every(([key, value]) => key in b && bRecord[key] === value)
  );
}
