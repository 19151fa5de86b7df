import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { ProjectTimeline } from '../project/ProjectTimeline.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { NextMilestone } from '../schedule/NextMilestone.js';
import { ChangesSince } from './ChangesSince.js';

/**
 * What the room needs about the item's project: its card (light, next milestone), its timeline, its
 * active blockers and open decisions, and what changed since the last meeting. Every query here is one
 * the live board stream refreshes, so a liaison's change shows on the wall without a reload.
 */
export function ProjectBrief({ projectId, since }: { projectId: number; since: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const project = useQuery(trpc.project.get.queryOptions({ id: projectId }));
  if (project.isPending) return <p className="status">{t('meetings.meeting.loading')}</p>;
  if (project.isError)
    return (
      <p className="status status--error" role="alert">
        {describeError(project.error, t)}
      </p>
    );
  const p = project.data;
  return (
    <div className="brief">
      <div className="brief__side">
        <section
          className={`brief__card brief__card--${p.schedule.light ?? 'none'}`}
          aria-label={t('meetings.mode.card')}
        >
          <p className="brief__code">
            {p.code} <LightBadge light={p.schedule.light} />
          </p>
          <h3 className="brief__name">
            <Link to={`/projects/${p.id}`} title={t('meetings.mode.openProject')}>
              {p.name}
            </Link>
          </h3>
          <p className="brief__owner">{p.ownerUnit.name}</p>
          <NextMilestone next={p.schedule.next} />
          <p className={p.schedule.isTargetMissed ? 'brief__dates brief__dates--missed' : 'brief__dates'}>
            {t('meetings.mode.target', { date: p.targetDate, projected: p.schedule.projectedFinish ?? '—' })}
          </p>
        </section>
        <ActiveBlockers projectId={p.id} />
        <OpenActionItems projectId={p.id} />
      </div>
      <div className="brief__main">
        <section className="brief__timeline" aria-label={t('meetings.mode.timeline')}>
          <ProjectTimeline project={p} />
        </section>
        <ChangesSince project={p} since={since} />
      </div>
    </div>
  );
}

function ActiveBlockers({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const blockers = useQuery(trpc.blocker.forProject.queryOptions({ projectId }));
  const active = blockers.data?.filter((b) => b.status === 'open' || b.status === 'escalated') ?? [];
  return (
    <section className="brief__list" aria-labelledby={`brief-blockers-${projectId}`}>
      <h3 id={`brief-blockers-${projectId}`}>{t('meetings.mode.blockers')}</h3>
      {active.length === 0 ? (
        <p className="brief__none">{t('meetings.mode.noBlockers')}</p>
      ) : (
        <ul>
          {active.map((b) => (
            <li key={b.id} className={b.isOverdue ? 'brief__entry brief__entry--overdue' : 'brief__entry'}>
              {b.isOverdue && <strong>{t('meetings.mode.overdue')} · </strong>}
              {t('meetings.mode.blockerLine', {
                description: b.description,
                unit: b.responsibleUnit.name,
                targetDate: b.targetDate,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenActionItems({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const items = useQuery(trpc.actionItem.list.queryOptions({ status: 'open' }));
  const mine = items.data?.filter((a) => a.project?.id === projectId) ?? [];
  return (
    <section className="brief__list" aria-labelledby={`brief-actions-${projectId}`}>
      <h3 id={`brief-actions-${projectId}`}>{t('meetings.mode.actionItems')}</h3>
      {mine.length === 0 ? (
        <p className="brief__none">{t('meetings.mode.noActionItems')}</p>
      ) : (
        <ul>
          {mine.map((a) => (
            <li key={a.id} className={a.isOverdue ? 'brief__entry brief__entry--overdue' : 'brief__entry'}>
              {a.isOverdue && <strong>{t('meetings.mode.overdue')} · </strong>}
              {t('meetings.mode.actionLine', { text: a.text, unit: a.ownerUnit.name, dueDate: a.dueDate })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
