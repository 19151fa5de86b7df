import { z } from 'zod';
import { ZActionItemList, ZActionItemNote, ZActionItemReopen } from '../../domain/meeting-input.js';
import { closeActionItem } from '../../services/action-items/close-action-item.js';
import { getActionItem } from '../../services/action-items/get-action-item.js';
import { listActionItems } from '../../services/action-items/list-action-items.js';
import { reopenActionItem } from '../../services/action-items/reopen-action-item.js';
import { updateActionItem } from '../../services/action-items/update-action-item.js';
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
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => getActionItem({ prisma: ctx.db.prisma, today: ctx.today, id: input.id })),
  /** A progress note. */
  update: permitted('workActionItem')
    .input(ZActionItemNote)
    .mutation(({ ctx, input }) =>
      updateActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  close: permitted('workActionItem')
    .input(ZActionItemNote)
    .mutation(({ ctx, input }) =>
      closeActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
  reopen: permitted('runMeeting')
    .input(ZActionItemReopen)
    .mutation(({ ctx, input }) =>
      reopenActionItem({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input }),
    ),
});
