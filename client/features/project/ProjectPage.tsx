import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { formatAmount } from '../../lib/format.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { LightReason } from '../schedule/LightReason.js';
import { NextMilestone } from '../schedule/NextMilestone.js';
import { can } from '../../../server/domain/permissions.js';
import { useActor } from '../auth/use-session.js';
import { ProjectBlockers } from '../blockers/ProjectBlockers.js';
import { ProjectInvestment } from '../investment/ProjectInvestment.js';
import { MilestoneTable } from './MilestoneTable.js';
import { ProjectHistory } from './ProjectHistory.js';
import { ProjectTimeline } from './ProjectTimeline.js';
import { ArchiveButton, ArchivedBanner } from './ArchiveControls.js';
import { ProjectForm } from './ProjectForm.js';
import { useProject } from './use-project.js';
import { scheduleProblemText } from './schedule-problem.js';
import './project.css';

export function ProjectPage() {
  const id = Number(useParams().id);
  // Another project is another page: an open form or message does not carry over.
  return <ProjectView key={id} id={id} />;
}

function ProjectView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const query = useProject(id);
  const actor = useActor();
  const [isEditing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <p className="status">{t('project.loading')}</p>;
  if (query.isError)
    return (
      <p className="status status--error" role="alert">
        {describeError(query.error, t)}
      </p>
    );
  const project = query.data;
  const { schedule } = project;
  const target = project.milestones.find((m) => m.id === project.targetMilestoneId);
  const mayEdit = can(actor, 'editProject', { ownerUnitId: project.ownerUnit.id });
  // An archived project is kept as it was: only restoring it changes anything.
  const canEdit = mayEdit && !project.isArchived;
  const onDone = (text: string) => {
    setEditing(false);
    setMessage(text);
  };
  return (
    <article className="page project">
      <Link to="/" className="page__back">
        ← {t('project.back')}
      </Link>
      <header className="project__head">
        <h2 className="page__title">
          <span className="project__code">{project.code}</span> {project.name}
        </h2>
        <LightBadge light={schedule.light} />
        {canEdit && !isEditing && (
          <div className="project__actions">
            <button
              type="button"
              onClick={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
              {t('project.edit.open')}
            </button>
            <ArchiveButton project={project} onDone={onDone} />
          </div>
        )}
      </header>
      <LightReason reason={schedule.reason} className="project__reason" />
      {project.isArchived && <ArchivedBanner project={project} canRestore={mayEdit} onDone={onDone} />}
      {message && (
        <p className="project__message" role="status">
          {message}
        </p>
      )}
      {schedule.problem && (
        <p className="warning" role="alert">
          {scheduleProblemText(
            schedule.problem,
            t,
            (key) => project.milestones.find((m) => String(m.id) === key)?.name,
          )}
        </p>
      )}
      {schedule.yearsWithoutCalendar.length > 0 && (
        <p className="warning">
          {t('project.yearsWithoutCalendar', { years: schedule.yearsWithoutCalendar.join('、') })}
        </p>
      )}
      {isEditing && canEdit ? (
        <ProjectForm project={project} onSaved={onDone} onCancel={() => setEditing(false)} />
      ) : (
        <dl className="project__facts">
          <dt>{t('project.type')}</dt>
          <dd>{t(`project.types.${project.projectType}`)}</dd>
          <dt>{t('project.owner')}</dt>
          <dd>{project.ownerUnit.name}</dd>
          <dt>{t('project.stage')}</dt>
          <dd>{t(`stage.${project.stage}`)}</dd>
          <dt>{t('project.targetMilestone')}</dt>
          <dd>{target?.name ?? t('project.lastMilestones')}</dd>
          <dt>{t('project.targetDate')}</dt>
          <dd>{project.targetDate}</dd>
          <dt>{t(schedule.isFinished ? 'project.finishedOn' : 'project.projectedFinish')}</dt>
          <dd className={schedule.isTargetMissed ? 'missed' : undefined}>{schedule.projectedFinish ?? '—'}</dd>
          <dt>{t('project.totalInvestment')}</dt>
          <dd>{t('card.amount', { amount: formatAmount(project.totalInvestment, i18n.language) })}</dd>
          <dt>{t('project.plannedInvestment')}</dt>
          <dd>{t('card.amount', { amount: formatAmount(project.plannedInvestment, i18n.language) })}</dd>
        </dl>
      )}
      <NextMilestone next={schedule.next} />
      {project.description && <p className="project__description">{project.description}</p>}

      <ProjectBlockers project={project} />
      <ProjectInvestment project={project} />

      <h3>{t('project.milestones')}</h3>
      <p className="project__progress">{t('schedule.progress', { done: schedule.done, total: schedule.total })}</p>
      <div className="table-scroll">
        <MilestoneTable project={project} canEdit={canEdit} />
      </div>

      <h3>{t('project.timeline')}</h3>
      <ProjectTimeline project={project} />

      <h3>{t('project.history')}</h3>
      <ProjectHistory project={project} />
    </article>
  );
}
