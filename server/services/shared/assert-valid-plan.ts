import { chinaCalendar, reverseSchedule, ScheduleError } from '../../domain/schedule.js';
import { AppError } from './app-error.js';

/** Runs the scheduler on a plan (a template's or a project's) only to surface its structural errors in the user's words. */
export function assertValidPlan(
  plan: { key: string; name: string; durationDays: number; dependsOn: string[] }[],
): void {
  try {
    reverseSchedule({
      milestones: plan.map(({ key, durationDays, dependsOn }) => ({ key, durationDays, dependsOn })),
      targetDate: '2030-12-31',
      today: '2030-01-02',
      calendar: chinaCalendar(),
    });
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const names = (error.details.keys ?? []).map((key) => plan.find((m) => m.key === key)?.name ?? key).join(' → ');
    if (error.code === 'cycle') throw new AppError('BAD_REQUEST', 'plan.cycle', { names });
    if (error.code === 'unknownDependency') throw new AppError('BAD_REQUEST', 'plan.unknownDependency', { names });
    throw new AppError('BAD_REQUEST', 'plan.invalid', { detail: error.message });
  }
}
