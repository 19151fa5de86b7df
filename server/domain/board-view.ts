// The board as one person has arranged it — what to find, which projects to show, how to group
// them, meeting-room mode — kept in the page's address so a link or a reload shows the same view.
// Pure: the board reads and writes URLSearchParams through these functions only, and the ledger
// export reads the same parameters and filters with the same `matchesView`.
import { isIsoDate } from './dates.js';
import type { Light } from './schedule.js';
import { STAGES, type Stage } from './stages.js';
import { matchesTerms, queryTerms } from './card-search.js';

export const GROUPINGS = ['none', 'unit', 'light', 'blocked'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const LIGHT_KEYS = ['red', 'yellow', 'green', 'none'] as const;
export type LightKey = (typeof LIGHT_KEYS)[number];
export const BLOCKED_FILTERS = ['all', 'yes', 'no'] as const;
export type BlockedFilter = (typeof BLOCKED_FILTERS)[number];
/** Cards in columns, or the same cards as rows of a table. */
export const LAYOUTS = ['board', 'list'] as const;
export type BoardLayout = (typeof LAYOUTS)[number];
export const DENSITIES = ['normal', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];
/** The list's order: the board's own order, or by one of these (descending with a leading '-'). */
export const LIST_SORTS = ['light', '-light', 'target', '-target', 'unit', '-unit'] as const;
export type ListSort = (typeof LIST_SORTS)[number] | '';

export interface BoardView {
  /** Code, name or pinyin; words separated by spaces must all be found. */
  q: string;
  /** One owner unit, or every unit. */
  unit: number | null;
  /** Lights to show; empty: every light. */
  lights: LightKey[];
  blocked: BlockedFilter;
  /** Stages to show; empty: every stage. */
  stages: Stage[];
  /** Target date range, inclusive ('YYYY-MM-DD'; '' for open-ended). */
  from: string;
  to: string;
  group: Grouping;
  meeting: boolean;
  layout: BoardLayout;
  density: Density;
  sort: ListSort;
}

export const DEFAULT_VIEW: BoardView = {
  q: '',
  unit: null,
  lights: [],
  blocked: 'all',
  stages: [],
  from: '',
  to: '',
  group: 'none',
  meeting: false,
  layout: 'board',
  density: 'normal',
  sort: '',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** In a fixed order, once each: `light=red&light=red&light=blue` reads as [red]. */
function listOf<T extends string>(values: readonly T[], given: string[]): T[] {
  return values.filter((value) => given.includes(value));
}

/** Anything missing or not understood falls back to the default: a mangled link still opens a board. */
export function parseView(params: URLSearchParams): BoardView {
  const unit = Number(params.get('unit'));
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return isIsoDate(value) ? value : '';
  };
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    unit: Number.isSafeInteger(unit) && unit > 0 ? unit : null,
    lights: listOf(LIGHT_KEYS, params.getAll('light')),
    blocked: oneOf(BLOCKED_FILTERS, params.get('blocked')) ?? 'all',
    stages: listOf(STAGES, params.getAll('stage')),
    from: date('from'),
    to: date('to'),
    group: oneOf(GROUPINGS, params.get('group')) ?? 'none',
    meeting: params.get('meeting') === '1',
    layout: oneOf(LAYOUTS, params.get('view')) ?? 'board',
    density: oneOf(DENSITIES, params.get('density')) ?? 'normal',
    sort: oneOf(LIST_SORTS, params.get('sort')) ?? '',
  };
}

/** Only what differs from the default, in a fixed order, so equal views make equal addresses. */
export function serialiseView(view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  if (view.unit !== null) params.set('unit', String(view.unit));
  for (const light of listOf(LIGHT_KEYS, view.lights)) params.append('light', light);
  if (view.blocked !== 'all') params.set('blocked', view.blocked);
  for (const stage of listOf(STAGES, view.stages)) params.append('stage', stage);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.group !== 'none') params.set('group', view.group);
  if (view.meeting) params.set('meeting', '1');
  if (view.layout !== 'board') params.set('view', view.layout);
  if (view.density !== 'normal') params.set('density', view.density);
  if (view.sort) params.set('sort', view.sort);
  return params;
}

/** Whether anything hides cards (grouping and meeting mode hide none). */
export function isFiltered(view: BoardView): boolean {
  return (
    queryTerms(view.q).length > 0 ||
    view.unit !== null ||
    view.lights.length > 0 ||
    view.blocked !== 'all' ||
    view.stages.length > 0 ||
    view.from !== '' ||
    view.to !== ''
  );
}

/** The view with every filter and the search cleared; how the cards are laid out stays. */
export function withoutFilters(view: BoardView): BoardView {
  const { group, meeting, layout, density, sort } = view;
  return { ...DEFAULT_VIEW, group, meeting, layout, density, sort };
}

export function lightKeyOf(light: Light | null): LightKey {
  return light ?? 'none';
}

/** What the view looks at of a card: the board's cards and the ledger's rows both have it. */
export interface ViewCard {
  id: number;
  stage: Stage;
  targetDate: string;
  ownerUnit: { id: number };
  schedule: { light: Light | null };
  blockers: { open: number };
}

export const isBlocked = (card: Pick<ViewCard, 'blockers'>) => card.blockers.open > 0;

/** A card's search keys by id; a card missing from it is searched by nothing and never matches a query. */
export type SearchKeys = ReadonlyMap<number, readonly string[]>;

export function matchesView(card: ViewCard, view: BoardView, keys: SearchKeys): boolean {
  if (view.unit !== null && card.ownerUnit.id !== view.unit) return false;
  if (view.lights.length > 0 && !view.lights.includes(lightKeyOf(card.schedule.light))) return false;
  if (view.blocked !== 'all' && isBlocked(card) !== (view.blocked === 'yes')) return false;
  if (view.stages.length > 0 && !view.stages.includes(card.stage)) return false;
  if (view.from && card.targetDate < view.from) return false;
  if (view.to && card.targetDate > view.to) return false;
  const terms = queryTerms(view.q);
  return terms.length === 0 || matchesTerms(keys.get(card.id) ?? [], terms);
}
