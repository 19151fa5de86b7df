import type { TAuditFilter } from '../../../server/domain/audit-input.js';

// The filter lives in the page's address under the same names the API and the downloads take,
// so a copied link reproduces the view and the download links are the same query string.
export const AUDIT_FILTER_KEYS = ['entityType', 'entityId', 'action', 'actorName', 'from', 'to'] as const;

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

/** The filtered log as a file, worded in the reader's language. */
export function downloadHref(filter: TAuditFilter, format: 'csv' | 'xlsx', language: string): string {
  const params = paramsOfFilter(filter);
  params.set('lang', language === 'en' ? 'en' : 'zh');
  return `/audit.${format}?${params.toString()}`;
}
