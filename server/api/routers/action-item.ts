import { ZActionItemId, ZActionItemList, ZActionItemNote, ZActionItemReopen } from '../../domain/meeting-input.js';
import { getActionItem } from '../../services/action-items/get-action-item.js';
import { listActionItems } from '../../services/action-items/list-action-items.js';
import { stepActionItem } from '../../services/action-items/step-action-item.js';
import { permitted, router } from '../trpc.js';

// Everyone reads action items; the owner unit's liaison (or an admin) adds progress notes and closes
// one, the services check the unit; only an admin reopens.
export const actionItemRouter = router({
  list: permitted('read')
    .input(ZActionItemList.prefault({}))
    .query(({ ctx, input }) =>
      listActionItems({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, filter: input }),
    ),
  get: permitted('read')
    .input(ZActionItemId)
    .query(({ ctx, input }) => getActionItem({ prisma: ctx.db.prisma, today: ctx.today, id: input.id })),
  /** A progress note. */
  update: permitted('workActionItem')
    .input(ZActionItemNote)
    .mutation(({ ctx, input }) =>
      stepActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, step: 'progress', input }),
    ),
  close: permitted('workActionItem')
    .input(ZActionItemNote)
    .mutation(({ ctx, input }) =>
      stepActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, step: 'close', input }),
    ),
  reopen: permitted('runMeeting')
    .input(ZActionItemReopen)
    .mutation(({ ctx, input }) =>
      stepActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, step: 'reopen', input }),
    ),
});
