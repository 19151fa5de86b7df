// Placing live cards into a board gives the board sorted from scratch, and leaves untouched columns as
// they were; each event kind refreshes only what it concerns.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { effectsOf } from '../../client/features/live/event-effects.js';
import { patchBoard } from '../../client/features/live/patch-board.js';
import { sortRanked } from '../../server/domain/ordering.js';
import { STAGES, type Stage } from '../../server/domain/stages.js';

interface TestCard {
  id: number;
  rank: string;
  stage: Stage;
  name: string;
}

const rankArbitrary = fc.stringMatching(/^[a-c][0-9A-Za-z]{0,2}$/);
const cardArbitrary = (id: number): fc.Arbitrary<TestCard> =>
  fc.record({
    id: fc.constant(id),
    rank: rankArbitrary,
    stage: fc.constantFrom(...STAGES),
    name: fc.constantFrom('甲', '乙'),
  });

const boardOf = (cards: TestCard[], eventId = 1) => ({
  today: '2026-03-02',
  eventId,
  columns: STAGES.map((stage) => ({ stage, cards: sortRanked(cards.filter((card) => card.stage === stage)) })),
});

describe('patchBoard', () => {
  test('equals the board built from the changed cards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }).chain((count) =>
          fc.tuple(
            fc.tuple(...Array.from({ length: count }, (_, i) => cardArbitrary(i + 1))),
            fc.array(
              fc
                .integer({ min: 1, max: count + 5 })
                .chain((id) => fc.record({ id: fc.constant(id), card: fc.option(cardArbitrary(id), { nil: null }) })),
              { maxLength: 8 },
            ),
          ),
        ),
        ([cards, patches]) => {
          const byId = new Map(cards.map((card) => [card.id, card]));
          for (const patch of patches) {
            if (patch.card) byId.set(patch.id, patch.card);
            else byId.delete(patch.id);
          }
          expect(patchBoard(boardOf(cards), patches, 9)).toEqual(
            boardOf([...byId.values()], patches.length > 0 ? 9 : 1),
          );
        },
      ),
    );
  });

  test('keeps the columns no card leaves or enters', () => {
    const board = boardOf([
      { id: 1, rank: 'a0', stage: 'maturity', name: '甲' },
      { id: 2, rank: 'a1', stage: 'maturity', name: '乙' },
      { id: 3, rank: 'a0', stage: 'contribution', name: '丙' },
    ]);
    const moved: TestCard = { id: 2, rank: 'Zz', stage: 'acceleration', name: '乙' };
    const patched = patchBoard(board, [{ id: 2, card: moved }], 2);
    expect(patched.columns[2]).toBe(board.columns[2]);
    expect(patched.columns.map((column) => column.cards.map((card) => card.id))).toEqual([[1], [2], [3]]);
  });
});

describe('effectsOf', () => {
  test('a move places its card and refreshes its project, not blockers or notices', () => {
    expect(effectsOf('project.moved')).toEqual({
      board: 'card',
      project: true,
      blockers: false,
      notifications: 'none',
      everything: false,
    });
  });

  test('a blocker step refreshes blockers and the bell; a calendar change or an unknown kind reads everything', () => {
    expect(effectsOf('blocker.stepped')).toMatchObject({ board: 'card', blockers: true, notifications: 'all' });
    expect(effectsOf('calendar.changed')).toMatchObject({ board: 'whole', everything: true });
    expect(effectsOf('something.new')).toMatchObject({ board: 'whole', everything: true });
    expect(effectsOf('stageLimits.changed')).toMatchObject({ board: 'none', everything: true });
  });
});
