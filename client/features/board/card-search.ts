// Finding a project by what people type: its code, its name, or the name's pinyin, whole
// ('jingshidonglu') or by initials ('jsdl'). Pinyin is worked out once per name and kept, so a
// keystroke only compares strings.
import { pinyin } from 'pinyin-pro';

export interface Searchable {
  code: string;
  name: string;
}

/** Lower case, without spaces or punctuation people leave out (G309 章丘段 → g309章丘段). */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-_·.,，。（）()【】[\]、/]+/g, '')
    .trim();
}

const keysByName = new Map<string, readonly string[]>();

/** The name, its full pinyin and its pinyin initials, normalised. */
export function nameKeys(name: string): readonly string[] {
  let keys = keysByName.get(name);
  if (!keys) {
    const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
    const full = pinyin(name, options).join('');
    const initials = pinyin(name, { ...options, pattern: 'first' }).join('');
    keys = [...new Set([normalise(name), normalise(full), normalise(initials)])];
    keysByName.set(name, keys);
  }
  return keys;
}

export function searchKeys(card: Searchable): readonly string[] {
  return [normalise(card.code), ...nameKeys(card.name)];
}

/** The words of a query; every one must be found (in any of a card's keys). */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalise)
    .filter((term) => term.length > 0);
}

export function matchesTerms(keys: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => keys.some((key) => key.includes(term)));
}

/** A lookup from card id to its keys, built once per board. */
export function searchIndex(cards: Iterable<Searchable & { id: number }>): Map<number, readonly string[]> {
  const index = new Map<number, readonly string[]>();
  for (const card of cards) index.set(card.id, searchKeys(card));
  return index;
}
