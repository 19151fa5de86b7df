// The periods the bulletin page walks through: the one shown, the ones before it (for the trend), and
// the address that keeps the choice.
import type { BulletinPeriod } from '../../../server/domain/bulletin.js';
import { formatIsoDate, parseIsoDate } from '../../../server/domain/dates.js';
import type { TBulletinQuery } from '../../../server/domain/meeting-input.js';

export type PeriodKind = 'week' | 'month' | 'custom';
export const TREND_PERIODS = 6;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (iso: string) => parseIsoDate(iso)!;
const shiftDays = (iso: string, days: number) => formatIsoDate(day(iso) + days);

/** The query the address asks for (anything unreadable falls back to this week). */
export function queryOfParams(params: URLSearchParams): TBulletinQuery {
  const period = params.get('period');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const isDate = (iso: string) => ISO_DATE.test(iso) && parseIsoDate(iso) !== undefined;
  if (period === 'custom' && isDate(from) && isDate(to) && from <= to) return { period, from, to };
  const kind = period === 'month' ? 'month' : 'week';
  return isDate(from) ? { period: kind, from } : { period: kind };
}

export function paramsOfQuery(query: TBulletinQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.period && query.period !== 'week') params.set('period', query.period);
  if (query.from) params.set('from', query.from);
  if (query.to && query.period === 'custom') params.set('to', query.to);
  return params;
}

/** The period `steps` before (negative) or after the shown one, as the same kind of query. */
export function shiftPeriod(period: PeriodKind, shown: BulletinPeriod, steps: number): TBulletinQuery {
  if (period === 'week') return { period, from: shiftDays(shown.from, 7 * steps) };
  if (period === 'month') {
    const [year, month] = shown.from.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(year, month - 1 + steps, 1)).toISOString().slice(0, 10);
    return { period, from: first };
  }
  const length = day(shown.to) - day(shown.from) + 1;
  return { period, from: shiftDays(shown.from, length * steps), to: shiftDays(shown.to, length * steps) };
}

/** The shown period and the ones before it, oldest first. */
export function trendQueries(period: PeriodKind, shown: BulletinPeriod, count = TREND_PERIODS): TBulletinQuery[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, shown, i - count + 1));
}

/** The x-axis label of a period: its month, or its first day. */
export function periodLabel(period: PeriodKind, from: string): string {
  return period === 'month' ? from.slice(0, 7) : from.slice(5);
}

export function xlsxHref(query: TBulletinQuery, lang: 'zh' | 'en'): string {
  const params = paramsOfQuery(query);
  if (!params.has('period')) params.set('period', 'week');
  params.set('lang', lang);
  return `/bulletin.xlsx?${params.toString()}`;
}
