import {
  ZBlockerClear,
  ZBlockerEscalate,
  ZBlockerFilter,
  ZBlockerRaise,
  ZBlockerReopen,
  ZBlockerWithdraw,
  ZProjectBlockers,
} from '../../domain/blocker-input.js';
import { listBlockers } from '../../services/blockers/list-blockers.js';
import { myUnitBlockers } from '../../services/blockers/list-my-unit-blockers.js';
import { projectBlockers } from '../../services/blockers/list-project-blockers.js';
import { raiseBlocker } from '../../services/blockers/raise-blocker.js';
import type { Database } from '../../db/client.js';
import type { BlockerStep } from '../../domain/blockers.js';
import type { Actor } from '../../domain/permissions.js';
import { stepBlocker, type BlockerStepInputs } from '../../services/blockers/step-blocker.js';
import { permitted, router } from '../trpc.js';

/** The procedure body of one step after raising: the same service, told which step. */
function step<S extends BlockerStep>(step: S) {
  return ({ ctx, input }: { ctx: { db: Database; actor: Actor; today: string }; input: BlockerStepInputs[S] }) =>
    stepBlocker({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, step, input });
}

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
  /** Puts the blocker before the next level up (department → district leader → city), with a note. */
  escalate: permitted('editProject').input(ZBlockerEscalate).mutation(step('escalate')),
  /** Closes the blocker as solved, saying how. */
  clear: permitted('clearBlocker').input(ZBlockerClear).mutation(step('clear')),
  /** Closes the blocker as raised in error or no longer relevant, saying why. */
  withdraw: permitted('editProject').input(ZBlockerWithdraw).mutation(step('withdraw')),
  /** Opens a cleared or withdrawn blocker again when the problem comes back, at the level it had reached. */
  reopen: permitted('editProject').input(ZBlockerReopen).mutation(step('reopen')),
});
