// Under load a refresh of the board can be slow (every card re-scheduled after a calendar change,
// behind the writers on PGlite's one connection). A reader that may wait no longer gets the last board
// at once; a reader that waits (a writer, by default) gets the new board, equal to one built from
// scratch. The refresh is held back by a lock on the calendar it has to read.
import { describe, expect, test, beforeAll } from 'vitest';
import { createBoardReadModel, type BoardReadModel } from '../../server/services/board/get-board.js';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const TODAY = '2026-03-02';

describe.each(testDatabaseKinds)('the board while it is re-scheduled, on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let api: Caller;
  let kept: BoardReadModel;

  beforeAll(async () => {
    api = suite.as(undefined, { today: TODAY });
    const unitId = (await makeUnit(suite.db.prisma)).id;
    for (const targetDate of ['2026-06-30', '2026-09-30', '2027-03-31']) {
      await api.project.create(projectInput(unitId, { targetDate }));
    }
    kept = createBoardReadModel({ prisma: suite.db.prisma });
  });

  /** Runs `during` while the calendar is locked, so no refresh that reads it can finish. */
  async function withCalendarLocked<T>(during: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let onLocked!: () => void;
    const locked = new Promise<void>((resolve) => (onLocked = resolve));
    const holder = suite.db.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('LOCK TABLE "CalendarDay" IN ACCESS EXCLUSIVE MODE');
        onLocked();
        await released;
      },
      { timeout: 60_000 },
    );
    await locked;
    try {
      return await during();
    } finally {
      release();
      await holder;
    }
  }

  test('a reader that cannot wait gets the last board at once; the next full read equals a fresh build', async () => {
    const before = await kept.get(TODAY);
    const next = before.columns.flatMap((column) => column.cards)[0]!.schedule.next!;
    await api.calendar.set({ date: next.latestFinish, kind: 'holiday', note: '' });

    let waiting: Promise<unknown> | undefined;
    const during = await withCalendarLocked(async () => {
      const answer = await kept.get(TODAY, { patienceMs: 50 });
      waiting = kept.get(TODAY); // a writer's read: waits for the new board
      return answer;
    });
    expect(during).toEqual(before);

    const fromScratch = await createBoardReadModel({ prisma: suite.db.prisma }).get(TODAY);
    expect(fromScratch).not.toEqual(before);
    expect(await waiting).toEqual(fromScratch);
    expect(await kept.get(TODAY, { patienceMs: 50 })).toEqual(fromScratch);
    const served = JSON.parse((await kept.bytes(TODAY)).json.toString()) as { result: { data: { json: unknown } } };
    expect(served.result.data.json).toEqual(JSON.parse(JSON.stringify(fromScratch)));
  });
});
