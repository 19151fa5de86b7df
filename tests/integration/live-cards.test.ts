// A live event carries the changed project's card, and a browser that places those cards into the
// board it has ends up with the board a fresh board.get gives: after moves (every placement), edits,
// blocker steps, archiving and restoring, checked after every step, through the wire's serialisation.
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { patchBoard } from '../../client/features/live/patch-board.js';
import { appRouter } from '../../server/api/router.js';
import { createCallerFactory, type Context } from '../../server/api/trpc.js';
import type { Placement } from '../../server/domain/board-move.js';
import { STAGES, type Stage } from '../../server/domain/stages.js';
import { startBoardBus, type BoardBus } from '../../server/realtime/board-bus.js';
import { boardEventSelect } from '../../server/realtime/board-feed.js';
import { createBoardReadModel, type Board, type BoardReadModel } from '../../server/services/board/get-board.js';
import { readChangedCards, type LiveBoardEvent } from '../../server/services/board/read-changed-cards.js';
import { TEST_ADMIN } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const TODAY = '2026-03-02';

type Step =
  | { kind: 'move'; card: number; toStage: Stage; place: 'after' | 'before' | 'position' | 'end'; pick: number }
  | { kind: 'edit'; card: number }
  | { kind: 'blocker'; card: number }
  | { kind: 'archive'; card: number };

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
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('archive' as const), card: fc.nat() }) },
);

/** What crosses the wire: the answer and the events as superjson sends them. */
const overTheWire = <T>(value: T): T => superjson.parse<T>(superjson.stringify(value));
const cardsOf = (board: Board) => board.columns.flatMap((column) => column.cards);

describe.each(testDatabaseKinds)('live changed cards on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let unitId: number;
  let kept: BoardReadModel;
  let bus: BoardBus;
  const createCaller = createCallerFactory(appRouter);
  const caller = () => {
    const context: Context = {
      db: suite.db,
      today: TODAY,
      board: kept,
      session: { sessionId: 'test', actor: TEST_ADMIN, mustChangePassword: false },
      client: { address: '127.0.0.1', userAgent: 'vitest' },
      cookies: { setSession: () => {}, clearSession: () => {} },
      boardBus: bus,
      sessionCheck: { everyMs: 60_000, isActive: () => Promise.resolve(true) },
    };
    return createCaller(context);
  };

  beforeAll(async () => {
    unitId = (await makeUnit(suite.db.prisma)).id;
    kept = createBoardReadModel({ prisma: suite.db.prisma });
    bus = await startBoardBus(suite.db);
    const api = caller();
    for (let i = 0; i < 10; i++) {
      const created = await api.project.create(projectInput(unitId, { targetDate: `2027-0${(i % 9) + 1}-15` }));
      if (i % 3 > 0)
        await api.project.move({ id: created.id, toStage: STAGES[i % 3]!, expectedVersion: 1, reason: '容缺推进' });
    }
  });
  afterAll(() => bus?.close());

  const lastEventId = async () =>
    (await suite.db.prisma.boardEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;

  async function apply(step: Step, board: Board) {
    const api = caller();
    const cards = cardsOf(board);
    const card = cards[step.card % cards.length]!;
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
        await api.project.move({
          id: card.id,
          toStage: step.toStage,
          expectedVersion: card.version,
          reason: '容缺推进',
          ...placement,
        });
        return;
      }
      case 'edit':
        await api.project.update({ id: card.id, expectedVersion: card.version, patch: { name: `${card.name}·` } });
        return;
      case 'blocker': {
        const open = await suite.db.prisma.blocker.findFirst({
          where: { projectId: card.id, status: { in: ['open', 'escalated'] } },
          select: { id: true, version: true },
        });
        if (open) await api.blocker.clear({ id: open.id, expectedVersion: open.version, resolution: '已协调' });
        else
          await api.blocker.raise({
            projectId: card.id,
            category: 'land',
            description: '用地指标未落实',
            responsibleUnitId: unitId,
            targetDate: '2026-03-05',
          });
        return;
      }
      case 'archive': {
        // Archive one card, or bring back one archived before, so cards leave and come back.
        const archived = await suite.db.prisma.project.findFirst({
          where: { isArchived: true },
          select: { id: true, version: true },
        });
        if (archived) await api.project.restore({ id: archived.id, expectedVersion: archived.version });
        else await api.project.archive({ id: card.id, expectedVersion: card.version, reason: '项目已终止' });
        return;
      }
    }
  }

  test("the browser's board, patched with each event's card, equals a fresh board.get", async () => {
    let browserBoard = overTheWire(await caller().board.get());
    let cursor = await lastEventId();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const step of steps) {
          await apply(step, browserBoard);
          const rows = await suite.db.prisma.boardEvent.findMany({
            where: { id: { gt: cursor } },
            orderBy: { id: 'asc' },
            select: boardEventSelect,
          });
          cursor = rows.at(-1)!.id;
          const events = overTheWire(await readChangedCards(kept, rows));
          expect(events.every((event) => event.change?.today === TODAY)).toBe(true);
          browserBoard = patchBoard(
            browserBoard,
            events.map((event) => ({ id: event.projectId!, card: event.change!.card })),
            cursor,
          );

          const fresh = overTheWire(await createBoardReadModel({ prisma: suite.db.prisma }).get(TODAY));
          expect(browserBoard).toEqual(fresh);
          for (const event of events) {
            expect(event.change!.card).toEqual(cardsOf(fresh).find((card) => card.id === event.projectId) ?? null);
          }
        }
      }),
      { seed: 20261203, numRuns: 8 },
    );
  }, 180_000);

  test('board.events streams each change with its card, and a blocker step as such', async () => {
    const api = caller();
    const board = await api.board.get();
    const card = board.columns[0]!.cards[0]!;
    const stream = await api.board.events({ lastEventId: String(await lastEventId()) });
    const iterator = stream[Symbol.asyncIterator]();
    // A caller gets each event as tRPC's tracked envelope: [id, event, marker]. Events of other
    // projects (none expected) are passed over.
    const next = async (projectId: number | null = card.id) => {
      for (;;) {
        const event = ((await iterator.next()).value as unknown as [string, LiveBoardEvent])[1];
        if (event.projectId === projectId) return { data: event };
      }
    };
    try {
      const moved = await api.project.move({
        id: card.id,
        toStage: 'contribution',
        expectedVersion: card.version,
        reason: '容缺推进',
      });
      const moveEvent = (await next()).data;
      expect(moveEvent).toMatchObject({ kind: 'project.moved', projectId: card.id });
      expect(moveEvent.change).toMatchObject({
        today: TODAY,
        card: { id: card.id, stage: 'contribution', rank: moved.rank, version: moved.version },
      });

      await api.blocker.raise({
        projectId: card.id,
        category: 'funding',
        description: '资金未到位',
        responsibleUnitId: unitId,
        targetDate: '2026-03-20',
      });
      const blockerEvent = (await next()).data;
      expect(blockerEvent).toMatchObject({ kind: 'blocker.stepped', projectId: card.id });
      expect(blockerEvent.change!.card!.blockers.open).toBe(moveEvent.change!.card!.blockers.open + 1);

      await api.calendar.set({ date: '2026-03-16', kind: 'holiday', note: '' });
      const calendarEvent = (await next(null)).data;
      expect(calendarEvent).toMatchObject({ kind: 'calendar.changed', projectId: null });
      expect(calendarEvent.change).toBeUndefined();
    } finally {
      await iterator.return?.();
    }
  });
});
