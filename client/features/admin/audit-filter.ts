import type { TAuditFilter } from '../../../server/domain/audit-input.js';

// The filter lives in the page's address under the same names the API and the CSV export take,
// so a copied link reproduces the view and the export link is the same query string.
export const AUDIT_FILTER_KEYS = ['entityType', 'entityId', 'action', 'actorName', 'from', 'to'] as const;

export const ENTITY_TYPES = ['project', 'blocker', 'user', 'unit', 'template', 'calendarDay', 'stageLimit'] as const;
export const AUDIT_ACTIONS = [
  'signIn',
  'signInFailed',
  'signInRefused',
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
  'archive',
  'restore',
  'raise',
  'escalate',
  'clear',
  'withdraw',
  'reopen',
  // A blocker's step as written on its project's own log.
  'blocker.raise',
  'blocker.escalate',
  'blocker.clear',
  'blocker.withdraw',
  'blocker.reopen',
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
