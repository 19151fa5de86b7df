import { ZStageLimitClear, ZStageLimitSet } from '../../domain/stage-limits.js';
import { clearStageLimit } from '../../services/stage-limits/clear-stage-limit.js';
import { listStageLimits } from '../../services/stage-limits/list-stage-limits.js';
import { setStageLimit } from '../../services/stage-limits/set-stage-limit.js';
import { permitted, router } from '../trpc.js';

export const stageLimitRouter = router({
  list: permitted('read').query(({ ctx }) => listStageLimits({ prisma: ctx.db.prisma })),
  set: permitted('manageStageLimits')
    .input(ZStageLimitSet)
    .mutation(({ ctx, input }) => setStageLimit({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  clear: permitted('manageStageLimits')
    .input(ZStageLimitClear)
    .mutation(({ ctx, input }) => clearStageLimit({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
});
