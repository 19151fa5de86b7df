import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { useActor } from '../auth/use-session.js';
import { useProject } from '../project/use-project.js';
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
  const queryClient = useQueryClient();
  const actor = useActor();
  const queryOptions = trpc.blocker.forProject.queryOptions({ projectId: project.id });
  const blockers = useQuery(queryOptions);
  const [isRaising, setIsRaising] = useState(false);
  const steps = useStepDialog();

  // The live board refetches a project's page when someone changes it (a blocker step is such a
  // change): its blockers follow.
  const { dataUpdatedAt } = useProject(project.id);
  const seen = useRef(dataUpdatedAt);
  useEffect(() => {
    if (seen.current === dataUpdatedAt) return;
    seen.current = dataUpdatedAt;
    void queryClient.invalidateQueries({ queryKey: queryOptions.queryKey });
  }, [dataUpdatedAt, queryClient, queryOptions.queryKey]);

  const titleId = `project-${project.id}-blockers`;
  return (
    <section className="project-blockers" aria-labelledby={titleId}>
      <div className="project-blockers__head">
        <h3 id={titleId}>{t('blockers.title')}</h3>
        {canRaiseBlocker(actor, project.ownerUnit.id) && (
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
