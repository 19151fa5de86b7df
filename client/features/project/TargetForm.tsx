import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';

/** The target the whole plan is worked back from: which milestone, and by when. */
export function TargetForm({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [targetDate, setTargetDate] = useState(project.targetDate);
  const [targetMilestoneId, setTargetMilestoneId] = useState(project.targetMilestoneId);
  const update = useMutation(
    trpc.project.update.mutationOptions({
      onError: (error) => notify(describeError(error, t)),
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
        ]),
    }),
  );
  const isChanged = targetDate !== project.targetDate || targetMilestoneId !== project.targetMilestoneId;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ id: project.id, expectedVersion: project.version, patch: { targetDate, targetMilestoneId } });
  }
  return (
    <form className="target-form" onSubmit={onSubmit}>
      <label>
        {t('project.targetMilestone')}
        <select
          value={targetMilestoneId ?? ''}
          onChange={(event) => setTargetMilestoneId(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">{t('project.lastMilestones')}</option>
          {project.milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('project.targetDate')}
        <input type="date" required value={targetDate} onChange={(event) => setTargetDate(event.target.value)} />
      </label>
      <button type="submit" disabled={!isChanged || update.isPending}>
        {t('project.saveTarget')}
      </button>
    </form>
  );
}
