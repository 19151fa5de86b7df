import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyMove,
  PlacementError,
  rankForPlacement,
  type Column,
  type MovableCard,
} from '../../server/domain/board-move.js';
import { compareRanked, initialRanks, rankBetween, sortRanked } from '../../server/domain/ordering.js';
import type { Stage } from '../../server/domain/stages.js';

function board(spec: Record<Stage, number[]>): Column<MovableCard>[] {
  return (Object.entries(spec) as [Stage, number[]][]).map(([stage, ids]) => {
    const ranks = initialRanks(ids.length);
    return { stage, cards: ids.map((id, i) => ({ id, stage, rank: ranks[i]!, version: 1 })) };
  });
}
const ids = (columns: Column<MovableCard>[]) =>
  Object.fromEntries(columns.map((c) => [c.stage, c.cards.map((x) => x.id)]));

describe('ordering keys', () => {
  test('a key between two neighbours sorts between them, at either end too', () => {
    const [a, b] = initialRanks(2) as [string, string];
    const mid = rankBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(rankBetween(null, a) < a).toBe(true);
    expect(rankBetween(b, null) > b).toBe(true);
  });

  test('ties on the key fall back to the id, so every client sorts the same', () => {
    const sorted = sortRanked([
      { id: 9, rank: 'a1' },
      { id: 3, rank: 'a1' },
      { id: 5, rank: 'a0' },
    ]);
    expect(sorted.map((x) => x.id)).toEqual([5, 3, 9]);
  });

  test('repeatedly inserting at the same spot keeps keys distinct and ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 80 }), (positions) => {
        let items = [{ id: 0, rank: rankBetween(null, null) }];
        positions.forEach((p, i) => {
          const at = p % (items.length + 1);
          const rank = rankBetween(items[at - 1]?.rank ?? null, items[at]?.rank ?? null);
          items = [...items.slice(0, at), { id: i + 1, rank }, ...items.slice(at)];
        });
        const resorted = [...items].sort(compareRanked);
        expect(resorted.map((x) => x.id)).toEqual(items.map((x) => x.id));
      }),
    );
  });
});

describe('applyMove', () => {
  const start = board({ maturity: [1, 2, 3], acceleration: [4, 5], contribution: [] });

  test('moves a card after a neighbour in another column and bumps its version', () => {
    const next = applyMove(start, { id: 2, toStage: 'acceleration', placement: { afterId: 4 } });
    expect(ids(next)).toEqual({ maturity: [1, 3], acceleration: [4, 2, 5], contribution: [] });
    const moved = next[1]!.cards[1]!;
    expect(moved).toMatchObject({ id: 2, stage: 'acceleration', version: 2 });
  });

  test('before a neighbour, at a position, at the end, and into an empty column', () => {
    expect(ids(applyMove(start, { id: 3, toStage: 'maturity', placement: { beforeId: 1 } })).maturity).toEqual([
      3, 1, 2,
    ]);
    expect(ids(applyMove(start, { id: 1, toStage: 'maturity', placement: { position: 1 } })).maturity).toEqual([
      2, 1, 3,
    ]);
    expect(ids(applyMove(start, { id: 1, toStage: 'acceleration', placement: {} })).acceleration).toEqual([4, 5, 1]);
    expect(ids(applyMove(start, { id: 5, toStage: 'contribution', placement: {} })).contribution).toEqual([5]);
  });

  test('a position past the end clamps to the end', () => {
    expect(ids(applyMove(start, { id: 1, toStage: 'maturity', placement: { position: 99 } })).maturity).toEqual([
      2, 3, 1,
    ]);
  });

  test('a neighbour that is not in the target column is refused', () => {
    expect(() => rankForPlacement(start[1]!.cards, 1, { afterId: 2 })).toThrow(PlacementError);
  });
});
