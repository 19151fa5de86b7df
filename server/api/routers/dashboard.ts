import { getDashboard } from '../../services/dashboard/get-dashboard.js';
import { permitted, router } from '../trpc.js';

export const dashboardRouter = router({
  /** The portfolio at a glance: lights by stage and unit, investment against plan, blockers, the red trend. */
  get: permitted('read').query(({ ctx }) =>
    getDashboard({ prisma: ctx.db.prisma, board: ctx.board, today: ctx.today }),
  ),
});
