import { useTranslation } from 'react-i18next';
import { auditLanguage, auditWords, type ChangeSummary } from '../lib/audit-changes.js';

/** An entry's headline and its changed fields, "label: before → after". */
export function AuditChanges({ summary }: { summary: ChangeSummary }) {
  const { i18n } = useTranslation();
  if (!summary.headline && summary.changes.length === 0) return null;
  const separator = auditWords[auditLanguage(i18n.language)].labelSeparator;
  return (
    <div className="audit-changes">
      {summary.headline && <p className="audit-changes__headline">{summary.headline}</p>}
      {summary.changes.length > 0 && (
        <ul className="audit-changes__list">
          {summary.changes.map((change) => (
            <li key={change.field}>
              <span className="audit-changes__label">
                {change.label}
                {separator}
              </span>
              {change.from !== undefined && (
                <>
                  <del className="audit-changes__from">{change.from}</del>
                  <span aria-hidden="true"> → </span>
                </>
              )}
              <ins className="audit-changes__to">{change.to}</ins>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
