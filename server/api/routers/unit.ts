import { listUnits } from '../../services/list-units.js';
import { publicProcedure, router } from '../trpc.js';

export const unitRouter = router({
  list: publicProcedure.query(({ ctx }) => listUnits({ prisma: ctx.db.prisma })),
});
