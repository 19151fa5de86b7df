import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAuditFilter } from '../../../server/domain/audit-input.js';
import { actionLabel, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, entityTypeLabel } from '../../lib/audit-changes.js';
import { AUDIT_FILTER_KEYS, downloadHref } from './audit-filter.js';

/** The filter form; applying it rewrites the address, which is what the page reads. */
export function AuditFilters({ filter, onApply }: { filter: TAuditFilter; onApply(filter: TAuditFilter): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onApply(Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, String(form.get(key) ?? '')])));
  }
  const field = (key: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </div>
  );
  return (
    // Keyed by the filter: going back in history shows that entry's values again.
    <form
      key={JSON.stringify(filter)}
      className="audit-filters"
      aria-label={t('admin.audit.filters.label')}
      onSubmit={onSubmit}
    >
      {field(
        'entityType',
        t('admin.audit.filters.entityType'),
        <select id={`${id}-entityType`} name="entityType" defaultValue={filter.entityType ?? ''}>
          <option value="">{t('admin.audit.filters.any')}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(type, i18n.language)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'entityId',
        t('admin.audit.filters.entityId'),
        <input id={`${id}-entityId`} name="entityId" defaultValue={filter.entityId ?? ''} size={8} />,
      )}
      {field(
        'action',
        t('admin.audit.filters.action'),
        <select id={`${id}-action`} name="action" defaultValue={filter.action ?? ''}>
          <option value="">{t('admin.audit.filters.any')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action, filter.entityType ?? '', i18n.language)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'actorName',
        t('admin.audit.filters.actor'),
        <input
          id={`${id}-actorName`}
          name="actorName"
          defaultValue={filter.actorName ?? ''}
          placeholder={t('admin.audit.filters.actorPlaceholder')}
          autoComplete="off"
        />,
      )}
      {field(
        'from',
        t('admin.audit.filters.from'),
        <input id={`${id}-from`} name="from" type="date" defaultValue={filter.from ?? ''} />,
      )}
      {field(
        'to',
        t('admin.audit.filters.to'),
        <input id={`${id}-to`} name="to" type="date" defaultValue={filter.to ?? ''} />,
      )}
      <div className="audit-filters__actions">
        <button type="submit" className="primary">
          {t('admin.audit.filters.apply')}
        </button>
        <button type="button" onClick={() => onApply({})}>
          {t('admin.audit.filters.clear')}
        </button>
        <a
          className="button-link"
          href={downloadHref(filter, 'csv', i18n.language)}
          download
          title={t('admin.audit.exportHint')}
        >
          {t('admin.audit.export')}
        </a>
        <a
          className="button-link"
          href={downloadHref(filter, 'xlsx', i18n.language)}
          download
          title={t('admin.audit.exportHint')}
        >
          {t('admin.audit.exportXlsx')}
        </a>
      </div>
    </form>
  );
}
