// The audit log's wording lives in server/domain/audit-labels.ts, shared with the CSV/Excel downloads;
// the screens take it from here.
import type { AuditNames } from '../../server/domain/audit-labels.js';

export {
  actionLabel,
  actorLabel,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  auditWords,
  auditLanguage,
  blockerTitle,
  entityName,
  entityTypeLabel,
  reasonText,
  summarizeAudit,
  type AuditNames,
  type ChangeSummary,
  type FieldChange,
} from '../../server/domain/audit-labels.js';

/** The names of several pages of entries, as one book. */
export function mergeNames(books: readonly AuditNames[]): AuditNames {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const book of books) {
    for (const [kind, entries] of Object.entries(book)) merged[kind] = { ...merged[kind], ...entries };
  }
  return merged as AuditNames;
}
