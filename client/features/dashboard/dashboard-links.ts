// Where a click on the dashboard goes: the board with exactly those projects (the board keeps its view in
// the address: unit, light, stage; see features/board/board-view.ts) or the blocker list by category.
import type { BlockerCategory } from '../../../server/domain/blockers.js';
import type { DashboardLight } from '../../../server/domain/dashboard.js';
import type { Stage } from '../../../server/domain/stages.js';

export function boardHref({ unit, light, stage }: { unit?: number; light?: DashboardLight; stage?: Stage }): string {
  const params = new URLSearchParams();
  if (unit !== undefined) params.set('unit', String(unit));
  if (light) params.set('light', light);
  if (stage) params.set('stage', stage);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

export function blockersHref(category?: BlockerCategory): string {
  return category ? `/blockers?category=${category}` : '/blockers';
}
