// "Today" is the bureau's calendar date, not the server's: a server in UTC would otherwise
// roll over to tomorrow eight hours late.
import { BUREAU_TIME_ZONE } from './domain/bureau-time.js';

export { BUREAU_TIME_ZONE };

export function todayIn(timeZone: string = BUREAU_TIME_ZONE, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
