import { ZMilestoneUpdate } from '../../domain/plan-input.js';
import { updateMilestone } from '../../services/milestones/update-milestone.js';
import { permitted, router } from '../trpc.js';

export const milestoneRouter = router({
  update: permitted('editProject')
    .input(ZMilestoneUpdate)
    .mutation(({ ctx, input }) =>
      updateMilestone({ prisma: ctx.db.prisma, actor: ctx.actor, input, today: ctx.today }),
    ),
});
