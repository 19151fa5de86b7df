import { ZNotificationDigest, ZNotificationList, ZNotificationMarkRead } from '../../domain/notification-input.js';
import { notificationDigest } from '../../services/notifications/get-digest.js';
import { listNotifications } from '../../services/notifications/list-notifications.js';
import { markNotificationsRead } from '../../services/notifications/mark-notifications-read.js';
import { router, signedInProcedure } from '../trpc.js';

// Every procedure works on the caller's own notices only: the services filter by the session's user.
export const notificationRouter = router({
  /** The caller's notices, newest first, with the unread count. */
  list: signedInProcedure
    .input(ZNotificationList.prefault({}))
    .query(({ ctx, input }) => listNotifications({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  markRead: signedInProcedure
    .input(ZNotificationMarkRead)
    .mutation(({ ctx, input }) => markNotificationsRead({ prisma: ctx.db.prisma, actor: ctx.actor, ids: input.ids })),
  markAllRead: signedInProcedure.mutation(({ ctx }) =>
    markNotificationsRead({ prisma: ctx.db.prisma, actor: ctx.actor }),
  ),
  /** One day's notices grouped by step, and what of the caller's units is overdue or due within a week. */
  digest: signedInProcedure
    .input(ZNotificationDigest.prefault({}))
    .query(({ ctx, input }) =>
      notificationDigest({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, date: input.date }),
    ),
});
