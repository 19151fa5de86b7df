import { getBoard } from '../../services/get-board.js';
import { publicProcedure, router } from '../trpc.js';

export const boardRouter = router({
  get: publicProcedure.query(({ ctx }) => getBoard({ prisma: ctx.db.prisma, today: ctx.today })),
});
