import { boardEventFeed, ZBoardEventsInput } from '../../realtime/board-feed.js';
import { readChangedCards } from '../../services/board/read-changed-cards.js';
import { permitted, router } from '../trpc.js';

export const boardRouter = router({
  get: permitted('read').query(({ ctx }) => ctx.board.get(ctx.today)),
  /**
   * Every change to the board after `lastEventId` (or from the newest one), then each new one as it
   * commits, with the changed card when the change is one project's.
   */
  events: permitted('read')
    .input(ZBoardEventsInput)
    .subscription(({ ctx, input, signal }) => {
      if (!ctx.boardBus || !ctx.sessionCheck)
        throw new Error('board.events needs a server: a board event bus and a session check');
      return boardEventFeed({
        prisma: ctx.db.prisma,
        expand: (rows) => readChangedCards(ctx.board, rows),
        bus: ctx.boardBus,
        lastEventId: input?.lastEventId ?? null,
        signal,
        sessionCheck: ctx.sessionCheck,
      });
    }),
});
