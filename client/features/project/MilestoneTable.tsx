import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { MilestoneEditRow, type Milestone } from './MilestoneEditRow.js';
import { useUpdateMilestone } from './use-project.js';
import './project.css';

export function MilestoneTable({ project, canEdit }: { project: ProjectDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMilestone();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const nameOf = new Map(project.milestones.map((m) => [m.id, m.name]));
  // The box follows the click at once (state set in the click itself, not when the mutation starts);
  // the saved state takes over when the save settles and the refetch lands.
  const [clicked, setClicked] = useState<{ id: number; isDone: boolean } | null>(null);
  const isDone = (m: Milestone) => (clicked?.id === m.id ? clicked.isDone : m.actualFinish !== null);

  const doneBox = (m: Milestone) => (
    <input
      type="checkbox"
      checked={isDone(m)}
      disabled={!canEdit || update.isPending}
      aria-label={t('project.markDone', { name: m.name })}
      onChange={(event) => {
        const isChecked = event.target.checked;
        setClicked({ id: m.id, isDone: isChecked });
        update.mutate(
          { id: m.id, expectedVersion: project.version, patch: { actualFinish: isChecked ? project.today : null } },
          { onSettled: () => setClicked((current) => (current?.id === m.id ? null : current)) },
        );
      }}
    />
  );
  const scheduleCells = (m: Milestone) =>
    m.schedule ? (
      <>
        <td>{m.schedule.latestStart}</td>
        <td>{m.schedule.latestFinish}</td>
        <td>{m.schedule.projectedFinish}</td>
      </>
    ) : (
      <td colSpan={3} className="milestones__after">
        {t('project.afterTarget')}
      </td>
    );
  const tailCells = (m: Milestone) => (
    <>
      <td className="milestones__slack">{m.schedule?.slackDays ?? ''}</td>
      <td>{m.schedule && <LightBadge light={m.schedule.light} />}</td>
    </>
  );

  return (
    <>
      {saved && (
        <p className="milestones__saved" role="status">
          {saved}
        </p>
      )}
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
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('project.milestone.edit')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {project.milestones.map((m) =>
            canEdit && editingId === m.id ? (
              <MilestoneEditRow
                key={m.id}
                project={project}
                milestone={m}
                doneBox={doneBox(m)}
                scheduleCells={scheduleCells(m)}
                tailCells={tailCells(m)}
                onClose={(message) => {
                  setEditingId(null);
                  setSaved(message);
                }}
              />
            ) : (
              <tr key={m.id} className={m.id === project.targetMilestoneId ? 'milestones__target' : undefined}>
                <td>{doneBox(m)}</td>
                <th scope="row">{m.name}</th>
                <td className="milestones__number">{m.durationDays}</td>
                <td>{m.dependsOn.map((id) => nameOf.get(id)).join('、') || t('project.none')}</td>
                {scheduleCells(m)}
                <td>{m.actualStart ?? ''}</td>
                <td>{m.actualFinish ?? ''}</td>
                {tailCells(m)}
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="milestones__edit"
                      aria-label={t('project.milestone.editLabel', { name: m.name })}
                      disabled={editingId !== null}
                      onClick={() => {
                        setSaved(null);
                        setEditingId(m.id);
                      }}
                    >
                      {t('project.milestone.edit')}
                    </button>
                  </td>
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}
