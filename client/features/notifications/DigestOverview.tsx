import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { blockerLabelsFor } from '../../../server/domain/blockers.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { ActionItemSection } from './DigestActionItems.js';

/** The office's district-wide view (overview.get): everything overdue, every escalation, every open action item. */
export function DigestOverview() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const overview = useQuery(trpc.overview.get.queryOptions());
  const labels = blockerLabelsFor(i18n.language);
  if (overview.isPending) return <p className="status">{t('notifications.overview.loading')}</p>;
  if (overview.isError) {
    return (
      <p className="status status--error" role="alert">
        {describeError(overview.error, t)}
      </p>
    );
  }
  const data = overview.data;
  const blockerList = (id: string, title: string, blockers: typeof data.overdueBlockers, empty: string) => (
    <section className="digest__section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="digest__count">{blockers.length}</span>
      </h3>
      {blockers.length === 0 ? (
        <p className="digest__empty">{empty}</p>
      ) : (
        <ul className="digest__list">
          {blockers.map((b) => (
            <li key={b.id} className={b.isOverdue ? 'digest__item--overdue' : undefined}>
              <Link className="digest__project" to={`/projects/${b.project.id}`}>
                {b.project.code} {b.project.name}
              </Link>
              <span className="digest__text">
                <span>{b.description}</span>
                <span className="digest__description">
                  {t('notifications.overview.blocker', {
                    level: labels.level[b.level],
                    unit: b.responsibleUnit.name,
                    targetDate: b.targetDate,
                  })}
                </span>
              </span>
              {b.isOverdue && <strong className="digest__late">{t('notifications.digest.late')}</strong>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="digest-overview">
      <h3 className="digest-overview__title">{t('notifications.overview.title', { today: data.today })}</h3>
      <section className="digest__section" aria-labelledby="overview-milestones">
        <h3 id="overview-milestones">
          {t('notifications.overview.overdueMilestones')}{' '}
          <span className="digest__count">{data.overdueMilestones.length}</span>
        </h3>
        {data.overdueMilestones.length === 0 ? (
          <p className="digest__empty">{t('notifications.overview.noneMilestones')}</p>
        ) : (
          <ul className="digest__list">
            {data.overdueMilestones.map((m) => (
              <li key={m.id} className="digest__item--overdue">
                <Link className="digest__project" to={`/projects/${m.project.id}`}>
                  {m.project.code} {m.project.name}
                </Link>
                <span className="digest__text">
                  <span>{m.name}</span>
                  <span className="digest__description">
                    {t('notifications.overview.milestone', { unit: m.ownerUnit.name, latestFinish: m.latestFinish })}
                  </span>
                </span>
                <strong className="digest__late">{t('notifications.digest.late')}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      {blockerList(
        'overview-overdue-blockers',
        t('notifications.overview.overdueBlockers'),
        data.overdueBlockers,
        t('notifications.overview.noneOverdueBlockers'),
      )}
      {blockerList(
        'overview-escalated',
        t('notifications.overview.escalatedBlockers'),
        data.escalatedBlockers,
        t('notifications.overview.noneEscalated'),
      )}
      <ActionItemSection
        id="overview-action-items"
        title={t('notifications.overview.openActionItems', { overdue: data.overdueActionItems })}
        empty={t('notifications.overview.noneActionItems')}
        items={data.openActionItems}
      />
    </div>
  );
}

/** The bell's line for the office: how much is overdue or escalated district-wide. */
export function OverviewSummary({ onFollow }: { onFollow(): void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const overview = useQuery(trpc.overview.get.queryOptions());
  if (!overview.data) return null;
  const d = overview.data;
  return (
    <Link
      className={
        d.overdueMilestones.length + d.overdueBlockers.length + d.overdueActionItems > 0
          ? 'bell__overview bell__overview--overdue'
          : 'bell__overview'
      }
      to="/digest"
      onClick={onFollow}
    >
      <strong>{t('notifications.overview.bellTitle')}</strong>
      <span>
        {t('notifications.overview.bellCounts', {
          milestones: d.overdueMilestones.length,
          blockers: d.overdueBlockers.length,
          escalated: d.escalatedBlockers.length,
          actionItems: d.openActionItems.length,
          overdue: d.overdueActionItems,
        })}
      </span>
    </Link>
  );
}

/** The bell's line for a liaison: their units' action items overdue or due within the week. */
export function MyActionItemsSummary({ onFollow }: { onFollow(): void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const digest = useQuery(trpc.notification.digest.queryOptions({}));
  const due = digest.data?.actionItems;
  if (!due || due.overdue.length + due.dueSoon.length === 0) return null;
  return (
    <Link
      className={due.overdue.length > 0 ? 'bell__overview bell__overview--overdue' : 'bell__overview'}
      to="/my-unit"
      onClick={onFollow}
    >
      <strong>{t('notifications.bell.actionItemsTitle')}</strong>
      <span>
        {t('notifications.bell.actionItemsCounts', { overdue: due.overdue.length, dueSoon: due.dueSoon.length })}
      </span>
    </Link>
  );
}
