// The list's filter and sort live in the page's address, spelled exactly like the Excel export's
// query string: a copied link reproduces the view, and the download link is that query plus `lang`.
import type { z } from 'zod';
import { blockerExportQuery, ZBlockerExportQuery, ZBlockerFilter } from '../../../server/domain/blocker-input.js';
import { BLOCKER_STATUSES, type BlockerSort } from '../../../server/domain/blockers.js';

export type TListFilter = z.output<typeof ZBlockerFilter>;

/** The filter an address asks for; a value the page does not know is dropped, not an error. */
export function filterOfParams(params: URLSearchParams): TListFilter {
  const raw: Record<string, string> = Object.fromEntries(params);
  delete raw.lang;
  let parsed = ZBlockerExportQuery.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = ZBlockerExportQuery.safeParse(raw);
  }
  const { lang: _lang, ...filter } = parsed.success ? parsed.data : { lang: 'zh' };
  return ZBlockerFilter.parse(filter);
}

/** The address of a filter; defaults are left out so the plain list has a plain address. */
export function paramsOfFilter(filter: TListFilter): URLSearchParams {
  const defaults = ZBlockerFilter.parse({});
  const params = new URLSearchParams(blockerExportQuery(filter));
  params.delete('lang');
  if (filter.status.join(',') === defaults.status.join(',')) params.delete('status');
  if (filter.sort === defaults.sort && filter.direction === defaults.direction) {
    params.delete('sort');
    params.delete('direction');
  }
  return params;
}

export function xlsxHref(filter: TListFilter, lang: 'zh' | 'en'): string {
  return `/blockers.xlsx?${blockerExportQuery(filter, lang)}`;
}

// What a first click on a heading most likely wants: the oldest, the highest level, A to Z, the nearest date.
const FIRST_DIRECTION: Record<BlockerSort, 'asc' | 'desc'> = {
  age: 'desc',
  level: 'desc',
  responsibleUnit: 'asc',
  targetDate: 'asc',
};

/** Clicking a column heading: that column in its natural direction; clicking it again: the other way. */
export function nextSort(filter: TListFilter, sort: BlockerSort): Pick<TListFilter, 'sort' | 'direction'> {
  if (filter.sort !== sort) return { sort, direction: FIRST_DIRECTION[sort] };
  return { sort, direction: filter.direction === 'asc' ? 'desc' : 'asc' };
}

/** The status menu: the active ones (default), everything, or one status. */
export const STATUS_CHOICES = ['active', 'all', ...BLOCKER_STATUSES] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

export function statusChoiceOf(filter: TListFilter): StatusChoice {
  const statuses = [...filter.status].sort().join(',');
  if (statuses === 'escalated,open') return 'active';
  if (statuses === [...BLOCKER_STATUSES].sort().join(',')) return 'all';
  return filter.status.length === 1 ? filter.status[0]! : 'active';
}

export function statusesOf(choice: StatusChoice): TListFilter['status'] {
  if (choice === 'active') return ['open', 'escalated'];
  if (choice === 'all') return [...BLOCKER_STATUSES];
  return [choice];
}
