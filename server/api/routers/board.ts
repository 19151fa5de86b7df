import { boardEventFeed, ZBoardEventsInput } from '../../realtime/board-feed.js';
import { permitted, router } from '../trpc.js';

export const boardRouter = router({
  get: permitted('read').query(({ ctx }) => ctx.board.get(ctx.today)),
  /** Every change to the board after `lastEventId` (or from the newest one), then each new one as it commits. */
  events: permitted('read')
    .input(ZBoardEventsInput)
    .subscription(({ ctx, input, signal }) => {
      if (!ctx.boardBus || !ctx.sessionCheck)
        throw new Error('board.events needs a server: a board event bus and a session check');
      return boardEventFeed({
        prisma: ctx.db.prisma,
        bus: ctx.boardBus,
        lastEventId: input?.lastEventId ?? null,
        signal,
        sessionCheck: ctx.sessionCheck,
      });
    }),
});
