import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { useUpdateMilestone } from './use-project.js';

type Milestone = ProjectDetail['milestones'][number];

export function MilestoneTable({ project, canEdit }: { project: ProjectDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMilestone();
  const nameOf = new Map(project.milestones.map((m) => [m.id, m.name]));
  // The box follows the click at once (state set in the click itself, not when the mutation starts);
  // the saved state takes over when the save settles and the refetch lands.
  const [clicked, setClicked] = useState<{ id: number; isDone: boolean } | null>(null);
  const save = (m: Milestone, patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate(
      { id: m.id, expectedVersion: project.version, patch },
      { onSettled: () => setClicked((current) => (current?.id === m.id ? null : current)) },
    );
  const isDone = (m: Milestone) => (clicked?.id === m.id ? clicked.isDone : m.actualFinish !== null);

  return (
    <table className="milestones">
      <thead>
        <tr>
          <th scope="col">{t('project.columns.done')}</th>
          <th scope="col">{t('project.columns.name')}</th>
          <th scope="col">{t('project.columns.duration')}</th>
          <th scope="col">{t('project.columns.dependsOn')}</th>
          <th scope="col">{t('project.columns.latestStart')}</th>
          <th scope="col">{t('project.columns.latestFinish')}</th>
          <th scope="col">{t('project.columns.projected')}</th>
          <th scope="col">{t('project.columns.actualStart')}</th>
          <th scope="col">{t('project.columns.actualFinish')}</th>
          <th scope="col">{t('project.columns.slack')}</th>
          <th scope="col">{t('project.columns.light')}</th>
        </tr>
      </thead>
      <tbody>
        {project.milestones.map((m) => (
          <tr key={m.id} className={m.id === project.targetMilestoneId ? 'milestones__target' : undefined}>
            <td>
              <input
                type="checkbox"
                checked={isDone(m)}
                disabled={!canEdit || update.isPending}
                aria-label={t('project.markDone', { name: m.name })}
                onChange={(event) => {
                  const isChecked = event.target.checked;
                  setClicked({ id: m.id, isDone: isChecked });
                  save(m, { actualFinish: isChecked ? project.today : null });
                }}
              />
            </td>
            <th scope="row">{m.name}</th>
            <td>
              <input
                type="number"
                disabled={!canEdit}
                min={0}
                max={2000}
                defaultValue={m.durationDays}
                key={`${m.id}-${m.durationDays}`}
                aria-label={`${m.name} ${t('project.columns.duration')}`}
                onBlur={(event) => {
                  const value = event.target.valueAsNumber;
                  if (value !== m.durationDays) save(m, { durationDays: value });
                }}
              />
            </td>
            <td>{m.dependsOn.map((id) => nameOf.get(id)).join('、') || t('project.none')}</td>
            {m.schedule ? (
              <>
                <td>{m.schedule.latestStart}</td>
                <td>{m.schedule.latestFinish}</td>
                <td>{m.schedule.projectedFinish}</td>
              </>
            ) : (
              <td colSpan={3} className="milestones__after">
                {t('project.afterTarget')}
              </td>
            )}
            <td>
              <DateInput
                label={`${m.name} ${t('project.columns.actualStart')}`}
                value={m.actualStart}
                max={project.today}
                disabled={!canEdit}
                onSave={(v) => save(m, { actualStart: v })}
              />
            </td>
            <td>
              <DateInput
                label={`${m.name} ${t('project.columns.actualFinish')}`}
                value={m.actualFinish}
                max={project.today}
                disabled={!canEdit}
                onSave={(v) => save(m, { actualFinish: v })}
              />
            </td>
            <td className="milestones__slack">{m.schedule?.slackDays ?? ''}</td>
            <td>{m.schedule && <LightBadge light={m.schedule.light} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DateInput(props: {
  label: string;
  value: string | null;
  max: string;
  disabled: boolean;
  onSave(value: string | null): void;
}) {
  return (
    <input
      type="date"
      key={props.value ?? 'empty'}
      defaultValue={props.value ?? ''}
      max={props.max}
      disabled={props.disabled}
      aria-label={props.label}
      onBlur={(event) => {
        const value = event.target.value || null;
        if (value !== props.value) props.onSave(value);
      }}
    />
  );
}
