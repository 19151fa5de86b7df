import { z } from 'zod';
import { ZHolidayNoticeRemove, ZHolidayNoticeSave } from '../../domain/calendar-notice-input.js';
import { ZCalendarDaySet } from '../../domain/plan-input.js';
import { ZIsoDate } from '../../domain/project-input.js';
import { listCalendarDays } from '../../services/calendar/list-calendar-days.js';
import { listHolidayNotices } from '../../services/calendar/list-holiday-notices.js';
import { removeHolidayNotice } from '../../services/calendar/remove-holiday-notice.js';
import { saveHolidayNotice } from '../../services/calendar/save-holiday-notice.js';
import { removeCalendarDay } from '../../services/calendar/remove-calendar-day.js';
import { setCalendarDay } from '../../services/calendar/set-calendar-day.js';
import { permitted, router } from '../trpc.js';

export const calendarRouter = router({
  /** The bureau's local changes; the official data ships with the client (server/domain). */
  list: permitted('read').query(({ ctx }) => listCalendarDays({ prisma: ctx.db.prisma })),
  set: permitted('manageCalendar')
    .input(ZCalendarDaySet)
    .mutation(({ ctx, input }) => setCalendarDay({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  remove: permitted('manageCalendar')
    .input(z.object({ date: ZIsoDate }))
    .mutation(({ ctx, input }) => removeCalendarDay({ prisma: ctx.db.prisma, actor: ctx.actor, date: input.date })),
  /** Official arrangements admins entered for years after the built-in ones. */
  notices: permitted('read').query(({ ctx }) => listHolidayNotices({ prisma: ctx.db.prisma })),
  saveNotice: permitted('manageCalendar')
    .input(ZHolidayNoticeSave)
    .mutation(({ ctx, input }) => saveHolidayNotice({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  removeNotice: permitted('manageCalendar')
    .input(ZHolidayNoticeRemove)
    .mutation(({ ctx, input }) => removeHolidayNotice({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
});
