import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { useActor } from '../auth/use-session.js';
import { canRaiseBlocker } from './blocker-actions.js';
import { BlockerCard } from './BlockerCard.js';
import { RaiseBlockerDialog } from './RaiseBlockerDialog.js';
import { useStepDialog } from './use-step-dialog.js';
import './blockers.css';

/**
 * The project's blockers with their steps, active ones first, and the buttons for what the
 * signed-in person may do with them.
 */
export function ProjectBlockers({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  const queryOptions = trpc.blocker.forProject.queryOptions({ projectId: project.id });
  const blockers = useQuery(queryOptions);
  const [isRaising, setIsRaising] = useState(false);
  const steps = useStepDialog();

  const titleId = `project-${project.id}-blockers`;
  return (
    <section className="project-blockers" aria-labelledby={titleId}>
      <div className="project-blockers__head">
        <h3 id={titleId}>{t('blockers.title')}</h3>
        {!project.isArchived && canRaiseBlocker(actor, project.ownerUnit.id) && (
          <button
            type="button"
            onClick={() => {
              steps.setDone('');
              setIsRaising(true);
            }}
          >
            {t('blockers.raise')}
          </button>
        )}
      </div>
      <p className="blockers-notice" role="status">
        {steps.done}
      </p>
      {blockers.isPending ? (
        <p className="status">{t('blockers.loading')}</p>
      ) : blockers.isError ? (
        <p className="status status--error" role="alert">
          {describeError(blockers.error, t)}
        </p>
      ) : blockers.data.length === 0 ? (
        <p className="project-blockers__none">{t('blockers.none')}</p>
      ) : (
        <div className="blocker-cards">
          {blockers.data.map((blocker) => (
            <BlockerCard key={blocker.id} blocker={blocker} onStep={(step) => steps.openStep(blocker, step)} />
          ))}
        </div>
      )}
      {isRaising && (
        <RaiseBlockerDialog
          project={project}
          onCancel={() => setIsRaising(false)}
          onDone={(message) => {
            setIsRaising(false);
            steps.setDone(message);
          }}
        />
      )}
      {steps.dialog}
    </section>
  );
}
