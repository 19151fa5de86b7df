// Every moment Backplan shows (the audit log, a project's history, the bell, the downloads) is shown in
// the bureau's time zone, whatever the reader's computer is set to: a meeting room in Shanghai and a
// laptop abroad must agree on when something happened. China keeps no daylight saving, so the offset is fixed.
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';
export const BUREAU_UTC_OFFSET = '+08:00';
export const BUREAU_OFFSET_MS = 8 * 3_600_000;

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** '2026-12-03 14:05:09' in the bureau's time zone: sorts as text and a spreadsheet reads it as a date-time. */
export function bureauDateTime(at: Date, { seconds = true }: { seconds?: boolean } = {}): string {
  const part = Object.fromEntries(PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  const time = `${part.hour}:${part.minute}${seconds ? `:${part.second}` : ''}`;
  return `${part.year}-${part.month}-${part.day} ${time}`;
}
