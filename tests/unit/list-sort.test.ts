import { describe, expect, test } from 'vitest';
import { STAGES } from '../../server/domain/stages.js';
import { nextSort, sortCards } from '../../client/features/board/list-sort.js';
import type { BoardData, Card } from '../../client/lib/types.js';

let nextId = 1;
function card(stage: Card['stage'], light: Card['schedule']['light'], targetDate: string, unit: string): Card {
  const id = nextId++;
  return {
    id,
    code: `ZQ-${id}`,
    name: `项目${id}`,
    stage,
    targetDate,
    ownerUnit: { id: unit.length, name: unit },
    schedule: { light },
  } as Card;
}

const a = card('maturity', 'green', '2027-03-01', '明水街道');
const b = card('maturity', 'red', '2026-09-30', '区发改局');
const c = card('acceleration', null, '2026-01-15', '明水街道');
const d = card('contribution', 'yellow', '2028-12-31', '白云湖街道');
const e = card('contribution', 'red', '2026-09-30', '白云湖街道');
const board = {
  today: '2026-03-02',
  columns: STAGES.map((stage) => ({ stage, cards: [a, b, c, d, e].filter((x) => x.stage === stage) })),
} as BoardData;
const codes = (cards: Card[]) => cards.map((x) => x.id);

describe('the list of cards sorts like a table', () => {
  test('without a sort it lists the board stage by stage, in each column’s order', () => {
    expect(codes(sortCards(board, ''))).toEqual([a, b, c, d, e].map((x) => x.id));
  });

  test('by light: red first, then yellow, green and no light; equal lights keep board order', () => {
    expect(codes(sortCards(board, 'light'))).toEqual([b, e, d, a, c].map((x) => x.id));
    expect(codes(sortCards(board, '-light'))).toEqual([c, a, d, b, e].map((x) => x.id));
  });

  test('by target date, earliest first or last', () => {
    expect(codes(sortCards(board, 'target'))).toEqual([c, b, e, a, d].map((x) => x.id));
    expect(codes(sortCards(board, '-target'))).toEqual([d, a, b, e, c].map((x) => x.id));
  });

  test('by owner unit in pinyin order', () => {
    // 白 (bai) < 明 (ming) < 区 (qu)
    expect(codes(sortCards(board, 'unit'))).toEqual([d, e, a, c, b].map((x) => x.id));
  });

  test('a header click sorts ascending, then descending, then back to the board order', () => {
    expect(nextSort('', 'target')).toBe('target');
    expect(nextSort('target', 'target')).toBe('-target');
    expect(nextSort('-target', 'target')).toBe('');
    expect(nextSort('-target', 'light')).toBe('light');
  });

  test('sorting leaves the board itself alone', () => {
    sortCards(board, '-target');
    expect(board.columns[0]!.cards).toEqual([a, b]);
  });
});
