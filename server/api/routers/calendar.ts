import { z } from 'zod';
import { ZCalendarDaySet } from '../../domain/plan-input.js';
import { ZIsoDate } from '../../domain/project-input.js';
import { listCalendarDays } from '../../services/calendar/list-calendar-days.js';
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
});
