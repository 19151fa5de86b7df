// A new board answer or a placed live card keeps every unchanged card as the object already on screen
// (matched by id, wherever it now stands), so only changed cards render again.
import { describe, expect, test } from 'vitest';
import { patchBoard } from '../../client/features/live/patch-board.js';
import { shareBoard } from '../../client/lib/share-board.js';
import type { Stage } from '../../server/domain/stages.js';

interface TestCard {
  id: number;
  rank: string;
  stage: Stage;
  schedule: { light: string; days: number[] };
}

const card = (id: number, rank: string, stage: Stage, light = 'green'): TestCard => ({
  id,
  rank,
  stage,
  schedule: { light, days: [id] },
});
const board = (cards: TestCard[]) => ({
  today: '2026-03-02',
  eventId: 7,
  columns: (['maturity', 'acceleration', 'contribution'] as const).map((stage) => ({
    stage,
    cards: cards.filter((c) => c.stage === stage),
  })),
});
/** The same data as new objects, as a refetch parses it. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type TestBoard = ReturnType<typeof board>;

describe('shareBoard', () => {
  const before = board([card(1, 'a0', 'maturity'), card(2, 'a1', 'maturity'), card(3, 'a0', 'contribution')]);

  test('an answer equal to the board on screen is that board', () => {
    expect(shareBoard(before, copy(before))).toBe(before);
  });

  test('a card moved to the top of another column leaves every other card the same object', () => {
    const moved: TestCard = { ...before.columns[0]!.cards[0]!, stage: 'contribution', rank: 'Zz' };
    const after = shareBoard(before, patchBoard(before, [{ id: 1, card: moved }], 8)) as TestBoard;
    expect(after.columns[2]!.cards.map((c) => c.id)).toEqual([1, 3]);
    expect(after.columns[2]!.cards[1]).toBe(before.columns[2]!.cards[0]); // card 3, one place down
    expect(after.columns[0]!.cards[0]).toBe(before.columns[0]!.cards[1]); // card 2, one place up
    expect(after.columns[1]).toBe(before.columns[1]); // the column nobody touched
    expect(after.columns[2]!.cards[0]).toMatchObject({ id: 1, stage: 'contribution' });
  });

  test('a refetch with one card changed makes only that card (and its column) new', () => {
    const answer = copy(before);
    answer.columns[0]!.cards[1]!.schedule.light = 'red';
    const after = shareBoard(before, answer) as TestBoard;
    expect(after).not.toBe(before);
    expect(after.columns[0]!.cards[0]).toBe(before.columns[0]!.cards[0]);
    expect(after.columns[0]!.cards[1]).not.toBe(before.columns[0]!.cards[1]);
    expect(after.columns[0]!.cards[1]!.schedule.light).toBe('red');
    // Parts equal to the card's own old parts are still shared.
    expect(after.columns[0]!.cards[1]!.schedule.days).toBe(before.columns[0]!.cards[1]!.schedule.days);
    expect(after.columns[2]).toBe(before.columns[2]);
  });

  test('a new day is a new board, with its cards still shared', () => {
    const answer = { ...copy(before), today: '2026-03-03' };
    const after = shareBoard(before, answer) as TestBoard;
    expect(after.today).toBe('2026-03-03');
    expect(after.columns[0]).toBe(before.columns[0]);
  });

  test('anything but a board is shared as React Query shares it', () => {
    expect(shareBoard(undefined, before)).toBe(before);
    expect(shareBoard({ a: [1] }, { a: [1] })).toEqual({ a: [1] });
  });
});
