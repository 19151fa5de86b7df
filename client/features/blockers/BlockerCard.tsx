import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/api/router.js';
import type { BlockerStep } from '../../../server/domain/blockers.js';
import { useActor } from '../auth/use-session.js';
import { allowedSteps } from './blocker-actions.js';
import { useBlockerLabels } from './use-blockers.js';

type Outputs = inferRouterOutputs<AppRouter>;
export type BlockerItem = Outputs['blocker']['list'][number];
export type BlockerWithSteps = Outputs['blocker']['forProject'][number];

/** Status, level, age (always), target date with lateness: the facts a blocker is followed up by. */
export function BlockerTags({ blocker }: { blocker: BlockerItem }) {
  const { t } = useTranslation();
  const labels = useBlockerLabels();
  return (
    <span className="blocker-tags">
      <span className={`blocker-status blocker-status--${blocker.status}`}>{labels.status[blocker.status]}</span>
      <span className="blocker-tag">{labels.level[blocker.level]}</span>
      <span className="blocker-tag blocker-age">{t('blockers.ageDays', { count: blocker.ageDays })}</span>
      <span
        className={
          blocker.isOverdue ? 'blocker-tag blocker-target blocker-target--overdue' : 'blocker-tag blocker-target'
        }
      >
        {t('blockers.targetDate', { date: blocker.targetDate })}
        {blocker.isOverdue && <strong className="blocker-overdue"> · {t('blockers.overdue')}</strong>}
      </span>
    </span>
  );
}

/** The buttons for the steps this person may take from where the blocker is. */
export function BlockerActions({ blocker, onStep }: { blocker: BlockerItem; onStep(step: BlockerStep): void }) {
  const { t } = useTranslation();
  const labels = useBlockerLabels();
  const actor = useActor();
  const steps = allowedSteps(actor, blocker);
  if (steps.length === 0) return null;
  return (
    <div className="blocker-actions">
      {steps.map((step) => (
        <button
          key={step}
          type="button"
          onClick={() => onStep(step)}
          aria-label={t('blockers.actionFor', {
            action: t(`blockers.actions.${step}`),
            project: blocker.project.code,
            category: labels.category[blocker.category],
          })}
        >
          {t(`blockers.actions.${step}`)}
        </button>
      ))}
    </div>
  );
}

function StepList({ blocker }: { blocker: BlockerWithSteps }) {
  const { t, i18n } = useTranslation();
  const labels = useBlockerLabels();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <ol className="blocker-steps" aria-label={t('blockers.stepsLabel')}>
      {blocker.steps.map((step, index) => {
        // Every step records the date it left the blocker with; only a new one is worth a mention.
        const previousTarget = blocker.steps[index - 1]?.targetDate;
        const isNewTarget = index > 0 && step.targetDate !== null && step.targetDate !== previousTarget;
        return (
          <li key={index}>
            <time dateTime={new Date(step.at).toISOString()}>{when.format(new Date(step.at))}</time>{' '}
            <span className="blocker-steps__actor">{step.actorName}</span>{' '}
            <strong>{t(`blockers.steps.${step.step}`)}</strong>
            {step.fromLevel && step.toLevel && step.fromLevel !== step.toLevel && (
              <> · {t('blockers.stepLevel', { from: labels.level[step.fromLevel], to: labels.level[step.toLevel] })}</>
            )}
            {isNewTarget && <> · {t('blockers.stepTarget', { date: step.targetDate })}</>}
            {step.note && <p className="blocker-steps__note">{step.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}

/** One blocker: what it is, who must clear it, how old and how late, its steps, and what may be done next. */
export function BlockerCard({
  blocker,
  showProject = false,
  onStep,
}: {
  blocker: BlockerItem | BlockerWithSteps;
  showProject?: boolean;
  onStep(step: BlockerStep): void;
}) {
  const { t } = useTranslation();
  const labels = useBlockerLabels();
  return (
    <article
      className={blocker.isOverdue ? 'blocker blocker--overdue' : 'blocker'}
      aria-label={`${labels.category[blocker.category]} · ${blocker.description}`}
      data-blocker-id={blocker.id}
    >
      <header className="blocker__head">
        <strong className="blocker__category">{labels.category[blocker.category]}</strong>
        <BlockerTags blocker={blocker} />
      </header>
      {showProject && (
        <p className="blocker__project">
          <Link to={`/projects/${blocker.project.id}`}>
            <span className="project__code">{blocker.project.code}</span> {blocker.project.name}
          </Link>
        </p>
      )}
      <p className="blocker__description">{blocker.description}</p>
      <p className="blocker__facts">
        <span>{t('blockers.responsibleUnit', { unit: blocker.responsibleUnit.name })}</span>
        <span>{t('blockers.raisedBy', { name: blocker.raisedBy.name, date: blocker.raisedOn })}</span>
      </p>
      {blocker.status === 'cleared' && blocker.resolution && (
        <p className="blocker__closing">{t('blockers.resolution', { note: blocker.resolution })}</p>
      )}
      {blocker.status === 'withdrawn' && blocker.withdrawalReason && (
        <p className="blocker__closing">{t('blockers.withdrawalReason', { note: blocker.withdrawalReason })}</p>
      )}
      {'steps' in blocker && blocker.steps.length > 0 && <StepList blocker={blocker} />}
      <BlockerActions blocker={blocker} onStep={onStep} />
    </article>
  );
}
