import { getOverview } from '../../services/overview/get-overview.js';
import { permitted, router } from '../trpc.js';

export const overviewRouter = router({
  /** District-wide: overdue milestones and blockers, escalated blockers, open action items (overdue first). */
  get: permitted('read').query(({ ctx }) => getOverview({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today })),
});
