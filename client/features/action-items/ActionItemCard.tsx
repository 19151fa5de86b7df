import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../server/domain/permissions.js';
import { useActor } from '../auth/use-session.js';
import type { ActionItemStep } from './ActionItemStepDialog.js';
import type { ActionItem } from './use-action-items.js';

/** One action item: what, for whom, by when (red once overdue), its notes, and the steps the reader may take. */
export function ActionItemCard({ item, onStep }: { item: ActionItem; onStep(step: ActionItemStep): void }) {
  const { t } = useTranslation();
  const actor = useActor();
  const mayWork = item.status === 'open' && can(actor, 'workActionItem', { ownerUnitId: item.ownerUnit.id });
  const mayReopen = item.status === 'closed' && can(actor, 'runMeeting');
  const className = [
    'action-item',
    item.isOverdue && 'action-item--overdue',
    item.status === 'closed' && 'action-item--closed',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article className={className} aria-label={item.text}>
      <header className="action-item__head">
        <span className={`action-item-status action-item-status--${item.status}`}>
          {t(`actionItems.status.${item.status}`)}
        </span>
        {item.isOverdue && <strong className="action-item__overdue">{t('actionItems.overdue')}</strong>}
        <span className="action-item__due">
          {item.closedOn
            ? t('actionItems.closedOn', { date: item.closedOn }) +
              (item.isClosedOnTime ? '' : ` · ${t('actionItems.closedLate')}`)
            : t('actionItems.due', { date: item.dueDate })}
        </span>
      </header>
      <p className="action-item__text">{item.text}</p>
      <p className="action-item__facts">
        {item.project && (
          <Link to={`/projects/${item.project.id}`}>
            <span className="project__code">{item.project.code}</span> {item.project.name}
          </Link>
        )}
        <span>{item.ownerUnit.name}</span>
        <span>{t('actionItems.decidedAt', { meeting: item.meeting.title, heldOn: item.meeting.heldOn })}</span>
        {item.newTargetDate && item.previousTargetDate && (
          <span>{t('actionItems.newTarget', { from: item.previousTargetDate, to: item.newTargetDate })}</span>
        )}
      </p>
      {item.notes.length > 0 && (
        <ol className="action-item__notes" aria-label={t('actionItems.notes')}>
          {item.notes.map((note) => (
            <li key={note.id}>
              <time dateTime={note.on}>{note.on}</time> {t(`actionItems.noteKind.${note.kind}`)} ·{' '}
              <span className="action-item__author">{note.authorName}</span>
              {note.text && <p className="action-item__note">{note.text}</p>}
            </li>
          ))}
        </ol>
      )}
      {(mayWork || mayReopen) && (
        <div className="action-item__actions">
          {mayWork && (
            <>
              <button type="button" onClick={() => onStep('progress')}>
                {t('actionItems.actions.progress')}
              </button>
              <button type="button" onClick={() => onStep('close')}>
                {t('actionItems.actions.close')}
              </button>
            </>
          )}
          {mayReopen && (
            <button type="button" onClick={() => onStep('reopen')}>
              {t('actionItems.actions.reopen')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** The cards of a list of action items, or what to say when there is none. */
export function ActionItemCards({
  items,
  empty,
  onStep,
}: {
  items: readonly ActionItem[];
  empty: string;
  onStep(item: ActionItem, step: ActionItemStep): void;
}) {
  if (items.length === 0) return <p className="action-items__empty">{empty}</p>;
  return (
    <div className="action-item-cards">
      {items.map((item) => (
        <ActionItemCard key={item.id} item={item} onStep={(step) => onStep(item, step)} />
      ))}
    </div>
  );
}
