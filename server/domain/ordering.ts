// Cards keep their place in a column through fractional-indexing keys: a move writes one key
// between its new neighbours' keys and never renumbers the rest of the column.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ranked {
  id: number;
  rank: string;
}

/** Byte order on the key, then id, so ties from concurrent writers still sort the same everywhere. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id - b.id;
}

export function sortRanked<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareRanked);
}

/** A key that sorts after `before` and before `after` (either may be missing: column ends). */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    // Equal keys (a tie) leave no room between them; slot in just after `before` instead.
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

export function initialRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
