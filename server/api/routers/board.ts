import { getBoard } from '../../services/get-board.js';
import { permitted, router } from '../trpc.js';

export const boardRouter = router({
  get: permitted('read').query(({ ctx }) => getBoard({ prisma: ctx.db.prisma, today: ctx.today })),
});
