// The board a server keeps warm equals a board built from nothing, whatever happened in between:
// random moves (after, before, at a position, to the end), edits, blocker steps, calendar changes and
// new days, checked after every step, both as the object board.get returns and as the bytes served.
// Each move's place is also checked against the pure rule on the whole column (what the browser does).
// Two boards are kept: one that reads the event log, and one that, as a server does, hears each event
// notified (a moved card's new place comes with it, so it reads nothing).
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appRouter } from '../../server/api/router.js';
import { createCallerFactory, type Context } from '../../server/api/trpc.js';
import { applyMove, type Placement } from '../../server/domain/board-move.js';
import { STAGES, type Stage } from '../../server/domain/stages.js';
import { startBoardBus, type BoardBus } from '../../server/realtime/board-bus.js';
import { createLatestEventId } from '../../server/realtime/latest-event-id.js';
import { createBoardReadModel, type Board, type BoardReadModel } from '../../server/services/board/get-board.js';
import { TEST_ADMIN } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-09'];
const HOLIDAYS = ['2026-03-04', '2026-03-10', '2026-06-30', '2026-09-29'];

type Step =
  | { kind: 'move'; card: number; toStage: Stage; place: 'after' | 'before' | 'position' | 'end'; pick: number }
  | { kind: 'edit'; card: number }
  | { kind: 'blocker'; card: number }
  | { kind: 'calendar'; date: string }
  | { kind: 'day'; day: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      card: fc.nat(),
      toStage: fc.constantFrom(...STAGES),
      place: fc.constantFrom('after' as const, 'before' as const, 'position' as const, 'end' as const),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), card: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('blocker' as const), card: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('calendar' as const), date: fc.constantFrom(...HOLIDAYS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('day' as const), day: fc.nat(DAYS.length - 1) }) },
);

const cardsOf = (board: Board) => board.columns.flatMap((column) => column.cards);

describe.each(testDatabaseKinds)('the kept board on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let unitId: number;
  let kept: BoardReadModel;
  let heard: BoardReadModel;
  let bus: BoardBus;
  /** The newest event id notified so far. */
  let notifiedId = 0;
  const createCaller = createCallerFactory(appRouter);
  const callerOn = (today: string, board: BoardReadModel) => {
    const context: Context = {
      db: suite.db,
      today,
      board,
      session: { sessionId: 'test', actor: TEST_ADMIN, mustChangePassword: false },
      client: { address: '127.0.0.1', userAgent: 'vitest' },
      cookies: { setSession: () => {}, clearSession: () => {} },
    };
    return createCaller(context);
  };

  beforeAll(async () => {
    unitId = (await makeUnit(suite.db.prisma)).id;
    kept = createBoardReadModel({ prisma: suite.db.prisma });
    bus = await startBoardBus(suite.db);
    bus.subscribe(({ id }) => void (notifiedId = Math.max(notifiedId, id ?? 0)));
    heard = createBoardReadModel({
      prisma: suite.db.prisma,
      latestEventId: createLatestEventId({ prisma: suite.db.prisma, bus }),
    });
    await heard.get(DAYS[0]!);
    const api = callerOn(DAYS[0]!, kept);
    for (let i = 0; i < 12; i++) {
      const created = await api.project.create(projectInput(unitId, { targetDate: `2027-0${(i % 9) + 1}-15` }));
      if (i % 3 > 0) {
        const toStage = STAGES[i % 3]!;
        await api.project.move({ id: created.id, toStage, expectedVersion: 1, reason: '容缺推进' });
      }
    }
  });

  afterAll(() => bus?.close());

  /** Until every event in the log has been notified. */
  async function notified() {
    const newest = (await suite.db.prisma.boardEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    await expect.poll(() => notifiedId, { timeout: 5_000, interval: 5 }).toBeGreaterThanOrEqual(newest);
  }

  async function apply(step: Step, today: string): Promise<string> {
    const api = callerOn(today, kept);
    const board = await api.board.get();
    const cards = cardsOf(board);
    const card = cards[('card' in step ? step.card : 0) % cards.length]!;
    switch (step.kind) {
      case 'move': {
        const column = board.columns.find((c) => c.stage === step.toStage)!.cards.filter((c) => c.id !== card.id);
        const neighbour = column[step.pick % Math.max(column.length, 1)];
        const placement: Placement =
          step.place === 'after' && neighbour
            ? { afterId: neighbour.id }
            : step.place === 'before' && neighbour
              ? { beforeId: neighbour.id }
              : step.place === 'position'
                ? { position: step.pick % (column.length + 2) }
                : {};
        const moved = await api.project.move({
          id: card.id,
          toStage: step.toStage,
          expectedVersion: card.version,
          reason: '容缺推进',
          ...placement,
        });
        // The neighbours the server read give the key the whole column gives.
        const expected = applyMove(board.columns, { id: card.id, toStage: step.toStage, placement });
        expect(cardsOf({ today, eventId: 0, columns: expected }).find((c) => c.id === card.id)!.rank).toBe(moved.rank);
        return today;
      }
      case 'edit':
        await api.project.update({ id: card.id, expectedVersion: card.version, patch: { name: `${card.name}·` } });
        return today;
      case 'blocker': {
        const open = await suite.db.prisma.blocker.findFirst({
          where: { projectId: card.id, status: { in: ['open', 'escalated'] } },
          select: { id: true, version: true },
        });
        if (open) await api.blocker.clear({ id: open.id, expectedVersion: open.version, resolution: '已协调' });
        else {
          await api.blocker.raise({
            projectId: card.id,
            category: 'land',
            description: '用地指标未落实',
            responsibleUnitId: unitId,
            targetDate: '2026-03-05',
          });
        }
        return today;
      }
      case 'calendar': {
        const isSet = (await suite.db.prisma.calendarDay.count({ where: { date: new Date(step.date) } })) > 0;
        if (isSet) await api.calendar.remove({ date: step.date });
        else await api.calendar.set({ date: step.date, kind: 'holiday', note: '' });
        return today;
      }
      case 'day':
        return DAYS[step.day]!;
    }
  }

  test('equals a board built from scratch after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 6 }), async (steps) => {
        let today = DAYS[0]!;
        for (const step of steps) {
          today = await apply(step, today);
          const fromScratch = await createBoardReadModel({ prisma: suite.db.prisma }).get(today);
          expect(await kept.get(today)).toEqual(fromScratch);
          await notified();
          expect(await heard.get(today)).toEqual(fromScratch);
          const bytes = await kept.bytes(today);
          const served = JSON.parse(bytes.json.toString()) as { result: { data: never } };
          expect(superjson.deserialize(served.result.data)).toEqual(fromScratch);
        }
      }),
      { seed: 20261203, numRuns: 15 },
    );
  });

  test('a board state has one ETag, and a change makes another', async () => {
    const today = DAYS[0]!;
    const first = await kept.bytes(today);
    expect((await kept.bytes(today)).etag).toBe(first.etag);
    const card = cardsOf(await kept.get(today))[0]!;
    await callerOn(today, kept).project.update({
      id: card.id,
      expectedVersion: card.version,
      patch: { name: `${card.name}!` },
    });
    expect((await kept.bytes(today)).etag).not.toBe(first.etag);
  });
});
