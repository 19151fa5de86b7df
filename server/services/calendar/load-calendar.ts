import { chinaCalendar, type WorkCalendar } from '../../domain/schedule.js';
import { listCalendarDays, type CalendarDb } from './list-calendar-days.js';
import { listHolidayNotices, noticesByYear, type HolidayNoticeDb } from './list-holiday-notices.js';

/**
 * The official calendar (built-in and entered notices) with the bureau's local changes; identical
 * calendars share one cached instance, and a changed notice makes a different one.
 */
export async function loadCalendar({ prisma }: { prisma: CalendarDb & HolidayNoticeDb }): Promise<WorkCalendar> {
  const [days, notices] = await Promise.all([listCalendarDays({ prisma }), listHolidayNotices({ prisma })]);
  return chinaCalendar({
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => d.date),
    notices: noticesByYear(notices),
  });
}
