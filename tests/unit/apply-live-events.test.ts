// A tab's board and the live events that reach it: what the board already includes is left alone, and a
// board still on its way is waited for before deciding whether to patch it or read it again.
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, test } from 'vitest';
import { applyLiveEvents } from '../../client/features/live/apply-live-events.js';
import type { LiveEvent } from '../../client/features/live/live-share.js';
import type { BoardData, Card } from '../../client/lib/types.js';
import type { AppRouter } from '../../server/api/router.js';
import type { Stage } from '../../server/domain/stages.js';

const TODAY = '2026-03-02';
const card = (id: number, stage: Stage, rank: string) => ({ id, stage, rank, name: `项目${id}` }) as unknown as Card;
const boardAt = (eventId: number, cards: Card[]): BoardData =>
  ({
    today: TODAY,
    eventId,
    columns: (['maturity', 'acceleration', 'contribution'] as const).map((stage) => ({
      stage,
      cards: cards.filter((c) => c.stage === stage),
    })),
  }) as unknown as BoardData;
const moved = (id: number, to: Card): LiveEvent => ({
  id: String(id),
  kind: 'project.moved',
  projectId: to.id,
  actorName: 'someone',
  at: new Date(),
  change: { today: TODAY, card: to },
});
const stagesOf = (board: BoardData | undefined) =>
  Object.fromEntries(board!.columns.map((column) => [column.stage, column.cards.map((c) => c.id)]));

function setUp() {
  const queryClient = new QueryClient();
  // Nothing here asks the server: the board's answers are given by hand.
  const client = createTRPCClient<AppRouter>({ links: [] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  const boardKey = trpc.board.get.queryKey();
  const boardQuery = () => queryClient.getQueryCache().find({ queryKey: boardKey, exact: true });
  return { queryClient, trpc, boardKey, boardQuery, board: () => queryClient.getQueryData<BoardData>(boardKey) };
}

describe('live events and the board a tab has', () => {
  test('a card moved after the board was read is placed; one the board already has as newer is not moved back', () => {
    const { queryClient, trpc, boardKey, board } = setUp();
    queryClient.setQueryData(boardKey, boardAt(10, [card(1, 'acceleration', 'a1'), card(2, 'maturity', 'a2')]));
    applyLiveEvents(queryClient, trpc, [
      moved(9, card(1, 'maturity', 'a0')), // older than the board: it has card 1 in acceleration since
      moved(11, card(2, 'contribution', 'a2')),
    ]);
    expect(stagesOf(board())).toEqual({ maturity: [], acceleration: [1], contribution: [2] });
    expect(board()!.eventId).toBe(11);
  });

  test('events that arrive while the first board is on its way wait for it, and ask again only when it is older', async () => {
    for (const [answerAt, readAgain] of [
      [12, false],
      [11, true],
    ] as const) {
      const { queryClient, trpc, boardKey, boardQuery, board } = setUp();
      let answer: (data: BoardData) => void = () => {};
      const first = queryClient.fetchQuery({
        queryKey: boardKey,
        queryFn: () => new Promise<BoardData>((resolve) => (answer = resolve)),
      });
      // The stream opened before the board came, so it starts with the newest event, flagged.
      applyLiveEvents(queryClient, trpc, [{ ...moved(12, card(1, 'contribution', 'a1')), isResync: true }]);
      answer(boardAt(answerAt, [card(1, answerAt === 12 ? 'contribution' : 'maturity', 'a1')]));
      await first;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(boardQuery()!.state.isInvalidated).toBe(readAgain);
      expect(board()!.eventId).toBe(answerAt);
    }
  });

  test('a stream that starts afresh from an event the board is not at reads the board again', () => {
    const { queryClient, trpc, boardKey, boardQuery } = setUp();
    // A board from before the database was reset: its events numbered higher than the new ones.
    queryClient.setQueryData(boardKey, boardAt(500, [card(1, 'maturity', 'a1')]));
    applyLiveEvents(queryClient, trpc, [{ ...moved(3, card(1, 'maturity', 'a1')), isResync: true }]);
    expect(boardQuery()!.state.isInvalidated).toBe(true);
  });
});
