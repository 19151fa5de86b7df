import { useTranslation } from 'react-i18next';
import type { Decision } from './use-meeting.js';

/** The decisions recorded on one agenda item: what, who, by when (and a new target date, if any). */
export function DecisionList({ decisions, compact = false }: { decisions: Decision[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return compact ? null : <p className="decisions__none">{t('meetings.decision.none')}</p>;
  return (
    <ul className="decisions" aria-label={t('meetings.decision.title')}>
      {decisions.map((d) => (
        <li key={d.id} className="decision">
          <p className="decision__text">{d.text}</p>
          <p className="decision__meta">
            {t('meetings.decision.line', { unit: d.ownerUnit.name, dueDate: d.dueDate })}
            {d.newTargetDate && <> · {t('meetings.decision.newTarget', { date: d.newTargetDate })}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
