// The bus reads the event table for every open stream: streams looking after the same event between two
// notifications share one read, and a read made after a notification sees the event it announced.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBoardBus, type BoardBus } from '../../server/realtime/board-bus.js';
import { recordBoardEvent } from '../../server/services/shared/record-board-event.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

describe.each(testDatabaseKinds)('the board bus on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let bus: BoardBus;

  beforeAll(async () => {
    bus = await startBoardBus(suite.db);
  });
  afterAll(() => bus?.close());

  const record = () =>
    suite.db.prisma.$transaction((tx) => recordBoardEvent(tx, { kind: 'stageLimits.changed', actor: null }));
  const nextSignal = () =>
    new Promise<number | undefined>((resolve) => {
      const stop = bus.subscribe(({ id }) => {
        stop();
        resolve(id);
      });
    });

  test('streams at one event share a read until the next notification, which a new read then includes', async () => {
    const heard = nextSignal();
    await record();
    const first = (await heard)!;

    const reads = Array.from({ length: 20 }, () => bus.eventsAfter(first - 1, 200));
    expect(new Set(reads).size).toBe(1);
    expect((await reads[0]!).map((row) => row.id)).toEqual([first]);
    // A stream after another event, or with another page size, reads for itself.
    expect(bus.eventsAfter(first, 200)).not.toBe(reads[0]);

    const announced = nextSignal();
    await record();
    const second = (await announced)!;
    expect(second).toBeGreaterThan(first);
    const after = bus.eventsAfter(first - 1, 200);
    expect(after).not.toBe(reads[0]);
    expect((await after).map((row) => row.id)).toEqual([first, second]);
  });
});
