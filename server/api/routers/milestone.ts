import { ZMilestoneUpdate } from '../../domain/plan-input.js';
import { updateMilestone } from '../../services/update-milestone.js';
import { publicProcedure, router } from '../trpc.js';

export const milestoneRouter = router({
  update: publicProcedure
    .input(ZMilestoneUpdate)
    .mutation(({ ctx, input }) => updateMilestone({ prisma: ctx.db.prisma, input, today: ctx.today })),
});
