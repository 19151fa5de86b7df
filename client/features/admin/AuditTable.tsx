import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../lib/types.js';
import { summarizeEntry, type AuditNames } from '../../lib/audit-changes.js';
import { AUDIT_ACTIONS, ENTITY_TYPES } from './audit-filter.js';
import { AuditChanges } from '../../ui/AuditChanges.js';
import { formatDateTime, useLocale } from '../../lib/format.js';

export interface AuditTableNames extends AuditNames {
  user(id: number): string | undefined;
  project(id: number): string | undefined;
}

export function AuditTable({ entries, names }: { entries: AuditEntry[]; names: AuditTableNames }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
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
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
            </td>
            <td>{entry.actorName === 'system' ? t('admin.audit.system') : entry.actorName}</td>
            <td>
              <span className={`chip chip--action chip--${entry.action}`}>{actionLabel(entry.action, t)}</span>
            </td>
            <td>
              <EntityLabel entry={entry} names={names} />
            </td>
            <td>
              <AuditChanges summary={summarizeEntry(entry, t, names, i18n.language)} />
            </td>
            <td className="audit-table__reason">{entry.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function actionLabel(action: string, t: (key: string) => string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`admin.actions.${action}`) : action;
}

/** What the entry is about, by name where the page knows it (a failed sign-in records the username tried). */
function EntityLabel({ entry, names }: { entry: AuditEntry; names: AuditTableNames }) {
  const { t } = useTranslation();
  const { entityType: type, entityId: id } = entry;
  const asNumber = /^\d+$/.test(id) ? Number(id) : null;
  if (type === 'project') {
    // An archived project is no longer on the board: its number stands in for its name.
    const name = (asNumber !== null && names.project(asNumber)) || t('admin.audit.projectEntity', { id });
    return <Link to={`/projects/${id}`}>{name}</Link>;
  }
  const name =
    type === 'user'
      ? (asNumber !== null && names.user(asNumber)) || id
      : type === 'unit'
        ? (asNumber !== null && names.unit(asNumber)) || id
        : type === 'template'
          ? t(`project.types.${id}`)
          : id;
  const typeLabel = (ENTITY_TYPES as readonly string[]).includes(type) ? t(`admin.entities.${type}`) : type;
  return (
    <span>
      <span className="audit-table__type">{typeLabel}</span> {name}
    </span>
  );
}
