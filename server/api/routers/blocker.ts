import {
  ZBlockerClear,
  ZBlockerEscalate,
  ZBlockerFilter,
  ZBlockerRaise,
  ZBlockerReopen,
  ZBlockerWithdraw,
  ZProjectBlockers,
} from '../../domain/blocker-input.js';
import { clearBlocker } from '../../services/blockers/clear.js';
import { escalateBlocker } from '../../services/blockers/escalate.js';
import { myUnitBlockers } from '../../services/blockers/for-my-unit.js';
import { projectBlockers } from '../../services/blockers/for-project.js';
import { listBlockers } from '../../services/blockers/list.js';
import { raiseBlocker } from '../../services/blockers/raise.js';
import { reopenBlocker } from '../../services/blockers/reopen.js';
import { withdrawBlocker } from '../../services/blockers/withdraw.js';
import { permitted, router } from '../trpc.js';

// Raising, escalating, withdrawing and reopening are work on the project (its unit, or an admin);
// clearing is also open to the unit responsible for clearing. The services check the units.
export const blockerRouter = router({
  /** Every blocker still holding a project up (or those of the statuses asked for), filtered and sorted. */
  list: permitted('read')
    .input(ZBlockerFilter.prefault({}))
    .query(({ ctx, input }) => listBlockers({ prisma: ctx.db.prisma, today: ctx.today, filter: input })),
  /** One project's blockers, all statuses, each with its history. */
  forProject: permitted('read')
    .input(ZProjectBlockers)
    .query(({ ctx, input }) =>
      projectBlockers({ prisma: ctx.db.prisma, today: ctx.today, projectId: input.projectId }),
    ),
  /** The blockers the caller's unit(s) must clear, overdue first. */
  forMyUnit: permitted('read').query(({ ctx }) =>
    myUnitBlockers({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today }),
  ),
  raise: permitted('editProject')
    .input(ZBlockerRaise)
    .mutation(({ ctx, input }) => raiseBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input })),
  escalate: permitted('editProject')
    .input(ZBlockerEscalate)
    .mutation(({ ctx, input }) =>
      escalateBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  clear: permitted('clearBlocker')
    .input(ZBlockerClear)
    .mutation(({ ctx, input }) => clearBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input })),
  withdraw: permitted('editProject')
    .input(ZBlockerWithdraw)
    .mutation(({ ctx, input }) =>
      withdrawBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  reopen: permitted('editProject')
    .input(ZBlockerReopen)
    .mutation(({ ctx, input }) => reopenBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input })),
});
