import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, STEP_NOTIFICATION_KINDS } from '../../../server/domain/notifications.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import '../screens.css';
import { blockerLabelsFor } from '../../../server/domain/blockers.js';
import { DigestActionItems } from './DigestActionItems.js';
import { DigestOverview } from './DigestOverview.js';
import { noticeText, noticeTime, type DueBlocker } from './notice-text.js';
import './notifications.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The daily digest: one day's steps on the blockers that concern me, by kind, and what of my units'
 * blockers is overdue or falls due within the week. The day is in the address (?date=) so it can be
 * bookmarked and the browser's back button walks back through the days looked at.
 */
export function DigestPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('date');
  const date = asked && ISO_DATE.test(asked) ? asked : undefined;
  const digest = useQuery(trpc.notification.digest.queryOptions(date ? { date } : {}));

  if (digest.isPending) return <p className="status">{t('notifications.digest.loading')}</p>;
  if (digest.isError) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('notifications.digest.loadFailed', { message: describeError(digest.error, t) })}</p>
        <button type="button" onClick={() => void digest.refetch()}>
          {t('notifications.digest.retry')}
        </button>
      </div>
    );
  }
  const data = digest.data;
  const goTo = (day: string) => setSearch(day === data.today ? {} : { date: day });
  const groups = STEP_NOTIFICATION_KINDS.map((kind) => ({ kind, items: data.groups[kind] })).filter(
    (group) => group.items.length > 0,
  );

  return (
    <article className="page digest">
      <h2 className="page__title">{t('notifications.digest.title')}</h2>
      <p className="page__intro">{t('notifications.digest.intro')}</p>
      <div className="digest__day-picker">
        <button type="button" onClick={() => goTo(addDays(data.date, -1))}>
          ‹ {t('notifications.digest.previous')}
        </button>
        <label>
          {t('notifications.digest.date')}{' '}
          <input
            type="date"
            value={data.date}
            onChange={(event) => {
              if (ISO_DATE.test(event.target.value)) goTo(event.target.value);
            }}
          />
        </label>
        <button type="button" onClick={() => goTo(addDays(data.date, 1))}>
          {t('notifications.digest.next')} ›
        </button>
        <button type="button" disabled={data.date === data.today} onClick={() => goTo(data.today)}>
          {t('notifications.digest.today')}
        </button>
      </div>

      <section className="digest__section" aria-labelledby="digest-day">
        <h3 id="digest-day">{t('notifications.digest.day', { date: data.date })}</h3>
        {groups.length === 0 && <p className="digest__empty">{t('notifications.digest.nothingThatDay')}</p>}
        {groups.map(({ kind, items }) => {
          const name = kind.slice('blocker.'.length);
          return (
            <section key={kind} className="digest__group" aria-labelledby={`digest-${name}`}>
              <h4 id={`digest-${name}`}>
                {t(`notifications.digest.groups.${name}`)} <span className="digest__count">{items.length}</span>
              </h4>
              <ul className="digest__list">
                {items.map((notice) => (
                  <li key={notice.id}>
                    <ProjectLink
                      projectId={notice.projectId}
                      code={notice.params.projectCode}
                      name={notice.params.projectName}
                    />
                    <span className="digest__text">{noticeText(notice, t, i18n.language)}</span>
                    <time className="digest__time" dateTime={notice.createdAt.toISOString()}>
                      {noticeTime(notice, { withDate: false })}
                    </time>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      {actor.unitIds.length === 0 ? (
        actor.role !== 'admin' && <p className="digest__empty">{t('notifications.digest.noUnits')}</p>
      ) : (
        <>
          <DueSection
            id="digest-overdue"
            title={t('notifications.digest.overdue', { today: data.today })}
            empty={t('notifications.digest.noneOverdue')}
            blockers={data.overdue}
            isOverdue
          />
          <DueSection
            id="digest-due-soon"
            title={t('notifications.digest.dueSoon')}
            empty={t('notifications.digest.noneDueSoon')}
            blockers={data.dueSoon}
          />
          <DigestActionItems actionItems={data.actionItems} />
        </>
      )}
      {/* The office has no unit of its own: it sees the whole district. */}
      {actor.role === 'admin' && <DigestOverview />}
    </article>
  );
}

function ProjectLink({ projectId, code, name }: { projectId: number | null; code: string; name: string }) {
  const text = `${code} ${name}`;
  return projectId ? (
    <Link className="digest__project" to={`/projects/${projectId}`}>
      {text}
    </Link>
  ) : (
    <span className="digest__project">{text}</span>
  );
}

function DueSection({
  id,
  title,
  empty,
  blockers,
  isOverdue = false,
}: {
  id: string;
  title: string;
  empty: string;
  blockers: DueBlocker[];
  isOverdue?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const labels = blockerLabelsFor(i18n.language);
  return (
    <section className="digest__section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="digest__count">{blockers.length}</span>
      </h3>
      {blockers.length === 0 ? (
        <p className="digest__empty">{empty}</p>
      ) : (
        <ul className={isOverdue ? 'digest__list digest__list--overdue' : 'digest__list'}>
          {blockers.map((blocker) => (
            <li key={blocker.blockerId}>
              <ProjectLink projectId={blocker.project.id} code={blocker.project.code} name={blocker.project.name} />
              <span className="digest__text">
                <span>
                  {t('notifications.digest.blocker', {
                    category: labels.category[blocker.category],
                    level: labels.level[blocker.level],
                    unit: blocker.responsibleUnit,
                    targetDate: blocker.targetDate,
                  })}
                </span>
                <span className="digest__description">{blocker.description}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
