import { AppError } from '../shared/app-error.js';

/** A blocker's new date to clear it by may not be in the past (raising, escalating, reopening). */
export function assertTargetNotPast(targetDate: string, today: string): void {
  if (targetDate < today) throw new AppError('BAD_REQUEST', 'blocker.targetBeforeToday', { date: targetDate, today });
}
