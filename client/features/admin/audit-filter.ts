import type { TAuditFilter } from '../../../server/domain/audit-input.js';

// The filter lives in the page's address under the same names the API and the CSV export take,
// so a copied link reproduces the view and the export link is the same query string.
export const AUDIT_FILTER_KEYS = ['entityType', 'entityId', 'action', 'actorName', 'from', 'to'] as const;

export const ENTITY_TYPES = ['project', 'user', 'unit', 'template', 'calendarDay'] as const;
export const AUDIT_ACTIONS = [
  'signIn',
  'signInFailed',
  'signOut',
  'changePassword',
  'create',
  'update',
  'move',
  'updateMilestone',
  'roleChange',
  'resetPassword',
  'revokeSessions',
  'set',
  'remove',
] as const;

export function filterOfParams(params: URLSearchParams): TAuditFilter {
  const filter: TAuditFilter = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export function paramsOfFilter(filter: TAuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function csvHref(filter: TAuditFilter): string {
  return `/audit.csv?${paramsOfFilter(filter).toString()}`;
}
