import { chinaCalendar, type WorkCalendar } from '../../domain/schedule.js';
import { listCalendarDays, type CalendarDb } from './list-calendar-days.js';

/** The official calendar with the bureau's local changes; identical changes share one cached calendar. */
export async function loadCalendar({ prisma }: { prisma: CalendarDb }): Promise<WorkCalendar> {
  const days = await listCalendarDays({ prisma });
  return chinaCalendar({
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => d.date),
  });
}
