import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../lib/types.js';
import {
  actionLabel,
  actorLabel,
  entityName,
  entityTypeLabel,
  reasonText,
  summarizeAudit,
  type AuditNames,
} from '../../lib/audit-changes.js';
import { AuditChanges } from '../../ui/AuditChanges.js';
import { formatDateTime } from '../../lib/format.js';

export function AuditTable({ entries, names }: { entries: AuditEntry[]; names: AuditNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <table className="admin-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t('admin.audit.columns.at')}</th>
          <th scope="col">{t('admin.audit.columns.actor')}</th>
          <th scope="col">{t('admin.audit.columns.action')}</th>
          <th scope="col">{t('admin.audit.columns.entity')}</th>
          <th scope="col">{t('admin.audit.columns.changes')}</th>
          <th scope="col">{t('admin.audit.columns.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-entry-id={entry.id}>
            <td className="admin-table__time">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
            </td>
            <td className="audit-table__actor">{actorLabel(entry.actorName, names, language)}</td>
            <td>
              <span className={`chip chip--action chip--${entry.action.replace('.', '-')}`}>
                {actionLabel(entry.action, entry.entityType, language)}
              </span>
            </td>
            <td>
              <span className="audit-table__type">{entityTypeLabel(entry.entityType, language)}</span>{' '}
              {entry.entityType === 'project' ? (
                <Link to={`/projects/${entry.entityId}`}>{entityName(entry, names, language)}</Link>
              ) : (
                entityName(entry, names, language)
              )}
            </td>
            <td>
              <AuditChanges summary={summarizeAudit(entry, names, language)} />
            </td>
            <td className="audit-table__reason">{reasonText(entry, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
