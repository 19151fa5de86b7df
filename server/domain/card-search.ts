// Finding a project by what people type: its code, its name, or the name's pinyin, whole
// ('jingshidonglu') or by initials ('jsdl'). Keys are worked out once per board answer (pinyin once
// per name), so a keystroke only compares strings.

export interface Searchable {
  code: string;
  name: string;
}

/** Pinyin readings of a name (pinyin-keys.ts); absent while that module loads. */
export type PinyinKeys = (name: string) => readonly string[];

/** Lower case, without spaces or the punctuation people leave out (G309 章丘段 → g309章丘段). */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\-_·.,，。（）()【】[\]、/]+/g, '');
}

/** The code, the name and its pinyin readings, normalised and without repeats. */
export function searchKeys(card: Searchable, pinyinKeys?: PinyinKeys): readonly string[] {
  const keys = [card.code, card.name, ...(pinyinKeys?.(card.name) ?? [])].map(normalise);
  return [...new Set(keys)];
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
export function searchIndex(
  cards: Iterable<Searchable & { id: number }>,
  pinyinKeys?: PinyinKeys,
): Map<number, readonly string[]> {
  const index = new Map<number, readonly string[]>();
  for (const card of cards) index.set(card.id, searchKeys(card, pinyinKeys));
  return index;
}
