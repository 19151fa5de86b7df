// "Today" is the bureau's calendar date, not the server's: a server in UTC would otherwise
// roll over to tomorrow eight hours late.
import { BUREAU_TIME_ZONE } from './domain/bureau-time.js';

export { BUREAU_TIME_ZONE };

/** Every request asks for today: a formatter costs about a millisecond to make, so each zone's is kept. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function todayIn(timeZone: string = BUREAU_TIME_ZONE, now: Date = new Date()): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(now);
}
