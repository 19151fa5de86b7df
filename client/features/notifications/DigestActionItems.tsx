import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Digest } from './notice-text.js';

type DueActionItem = Digest['actionItems']['overdue'][number];

/** My units' open action items: past due (red), and due within the week. */
export function DigestActionItems({ actionItems }: { actionItems: Digest['actionItems'] }) {
  const { t } = useTranslation();
  return (
    <>
      <ActionItemSection
        id="digest-action-items-overdue"
        title={t('notifications.digest.actionItemsOverdue')}
        empty={t('notifications.digest.noActionItemsOverdue')}
        items={actionItems.overdue}
        isOverdue
      />
      <ActionItemSection
        id="digest-action-items-due-soon"
        title={t('notifications.digest.actionItemsDueSoon')}
        empty={t('notifications.digest.noActionItemsDueSoon')}
        items={actionItems.dueSoon}
      />
    </>
  );
}

export function ActionItemSection({
  id,
  title,
  empty,
  items,
  isOverdue = false,
}: {
  id: string;
  title: string;
  empty: string;
  items: (DueActionItem & { isOverdue?: boolean })[];
  isOverdue?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="digest__section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="digest__count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="digest__empty">{empty}</p>
      ) : (
        <ul className="digest__list">
          {items.map((item) => {
            const isLate = isOverdue || item.isOverdue === true;
            return (
              <li key={item.id} className={isLate ? 'digest__item--overdue' : undefined}>
                {item.project ? (
                  <Link className="digest__project" to={`/projects/${item.project.id}`}>
                    {item.project.code} {item.project.name}
                  </Link>
                ) : (
                  <span className="digest__project">{item.meeting.title}</span>
                )}
                <span className="digest__text">
                  <span>{item.text}</span>
                  <span className="digest__description">
                    {t('notifications.digest.actionItem', { unit: item.ownerUnit.name, dueDate: item.dueDate })}
                  </span>
                </span>
                {isLate && <strong className="digest__late">{t('notifications.digest.late')}</strong>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
