import superjson from 'superjson';
import { expect, test } from 'vitest';
import { transformer } from '../../server/api/transformer.js';

const roundTrip = (value: unknown) => superjson.deserialize(JSON.parse(JSON.stringify(transformer.serialize(value))));

test('plain answers go out as superjson would send them, and the client reads them back the same', () => {
  const board = { today: '2026-11-25', columns: [{ stage: 'maturity', cards: [{ id: 1, done: true, light: null }] }] };
  expect(transformer.serialize(board)).toEqual(superjson.serialize(board));
  expect(roundTrip(board)).toEqual(board);
});

test('dates, maps and undefined still take the superjson path', () => {
  const value = { at: new Date('2026-11-25T08:00:00Z'), tags: new Map([['a', 1]]), missing: undefined, n: 1n };
  expect(roundTrip(value)).toEqual(value);
  expect(roundTrip([{ nested: { at: new Date(0) } }])).toEqual([{ nested: { at: new Date(0) } }]);
});
