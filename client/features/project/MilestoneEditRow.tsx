import { useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ZMilestoneUpdate, type TMilestoneUpdate } from '../../../server/domain/plan-input.js';
import { describeError, fieldMessages, isApiError, type FieldMessages } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { useUpdateMilestone } from './use-project.js';
import './project.css';

export type Milestone = ProjectDetail['milestones'][number];
type Patch = TMilestoneUpdate['patch'];

/** Refusals of the service that concern one field of the row. */
const FIELD_OF_KEY: Record<string, keyof Patch> = {
  'plan.cycle': 'dependsOn',
  'plan.unknownDependency': 'dependsOn',
  'milestone.dependencyOutsideProject': 'dependsOn',
  'milestone.finishBeforeStart': 'actualFinish',
};

interface Draft {
  name: string;
  durationDays: string;
  dependsOn: number[];
  actualStart: string;
  actualFinish: string;
}

function draftOf(m: Milestone): Draft {
  return {
    name: m.name,
    durationDays: String(m.durationDays),
    dependsOn: m.dependsOn,
    actualStart: m.actualStart ?? '',
    actualFinish: m.actualFinish ?? '',
  };
}

/** One milestone edited in place: Enter saves, Escape cancels, each refusal beside its field. */
export function MilestoneEditRow({
  project,
  milestone: m,
  doneBox,
  scheduleCells,
  tailCells,
  onClose,
}: {
  project: ProjectDetail;
  milestone: Milestone;
  doneBox: ReactNode;
  scheduleCells: ReactNode;
  tailCells: ReactNode;
  onClose(message: string | null): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useUpdateMilestone({ showsErrors: true });
  // What the person started from, kept while live refetches land: the patch holds only what they
  // changed from it, and is sent against its version, so a change saved meanwhile is refused, not overwritten.
  const [base, setBase] = useState({ milestone: m, version: project.version });
  const [draft, setDraft] = useState<Draft>(() => draftOf(m));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [rowError, setRowError] = useState<{ message: string; isConflict: boolean } | null>(null);
  const others = project.milestones.filter((other) => other.id !== m.id);

  function save() {
    const candidate = {
      name: draft.name,
      durationDays: draft.durationDays.trim() === '' ? Number.NaN : Number(draft.durationDays),
      dependsOn: draft.dependsOn,
      actualStart: draft.actualStart || null,
      actualFinish: draft.actualFinish || null,
    };
    const parsed = ZMilestoneUpdate.shape.patch.required().safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldMessages(parsed.error, t));
      setRowError(null);
      return;
    }
    const next = parsed.data;
    const was = base.milestone;
    const patch: Patch = {};
    if (next.name !== was.name) patch.name = next.name;
    if (next.durationDays !== was.durationDays) patch.durationDays = next.durationDays;
    if ([...next.dependsOn].sort().join() !== [...was.dependsOn].sort().join()) patch.dependsOn = next.dependsOn;
    if (next.actualStart !== was.actualStart) patch.actualStart = next.actualStart;
    if (next.actualFinish !== was.actualFinish) patch.actualFinish = next.actualFinish;
    if (Object.keys(patch).length === 0) {
      onClose(null);
      return;
    }
    setErrors({});
    setRowError(null);
    update.mutate(
      { id: m.id, expectedVersion: base.version, patch },
      {
        onSuccess: () => onClose(t('project.milestone.saved', { name: next.name })),
        onError: (error) => {
          const fields = Object.fromEntries(
            Object.entries(fieldMessages(error, t)).map(([path, message]) => [path.replace(/^patch\./, ''), message]),
          );
          const detail = isApiError(error) ? error.data?.appError : undefined;
          let field = detail ? FIELD_OF_KEY[detail.key] : undefined;
          if (detail?.key === 'milestone.actualInFuture')
            field =
              'date' in detail.params && detail.params.date === patch.actualStart ? 'actualStart' : 'actualFinish';
          if (field) fields[field] = describeError(error, t);
          setErrors(fields);
          setRowError(
            field
              ? null
              : { message: describeError(error, t), isConflict: isApiError(error) && error.data?.code === 'CONFLICT' },
          );
        },
      },
    );
  }
  /** After a conflict: start again from what is saved now (theirs), dropping this draft. */
  async function loadLatest() {
    const latest = await queryClient.fetchQuery({ ...trpc.project.get.queryOptions({ id: project.id }), staleTime: 0 });
    const fresh = latest.milestones.find((other) => other.id === m.id);
    if (!fresh) {
      onClose(null);
      return;
    }
    setBase({ milestone: fresh, version: latest.version });
    setDraft(draftOf(fresh));
    setErrors({});
    setRowError(null);
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(null);
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      save();
    }
  }

  const errorId = (field: string) => `milestone-${m.id}-${field}-error`;
  const described = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};
  const error = (field: string) =>
    errors[field] && (
      <span className="field__error" id={errorId(field)}>
        {errors[field]}
      </span>
    );
  const set =
    (field: 'name' | 'durationDays' | 'actualStart' | 'actualFinish') => (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [field]: event.target.value }));

  return (
    <tr
      className="milestones__editing"
      onKeyDown={onKeyDown}
      aria-label={t('project.milestone.editLabel', { name: m.name })}
    >
      <td>{doneBox}</td>
      <th scope="row">
        <input
          className="milestones__name-input"
          autoFocus
          value={draft.name}
          onChange={set('name')}
          aria-label={t('project.milestone.name')}
          {...described('name')}
        />
        {error('name')}
      </th>
      <td>
        <input
          type="number"
          className="milestones__duration-input"
          min={0}
          max={2000}
          value={draft.durationDays}
          onChange={set('durationDays')}
          aria-label={t('project.columns.duration')}
          {...described('durationDays')}
        />
        {error('durationDays')}
      </td>
      <td>
        <fieldset
          className="milestones__deps"
          aria-label={t('project.milestone.dependsOnLabel', { name: m.name })}
          {...described('dependsOn')}
        >
          {others.map((other) => (
            <label key={other.id}>
              <input
                type="checkbox"
                checked={draft.dependsOn.includes(other.id)}
                onChange={(event) => {
                  const isChecked = event.target.checked;
                  setDraft((current) => ({
                    ...current,
                    dependsOn: isChecked
                      ? [...current.dependsOn, other.id]
                      : current.dependsOn.filter((id) => id !== other.id),
                  }));
                }}
              />
              {other.name}
            </label>
          ))}
        </fieldset>
        {error('dependsOn')}
      </td>
      {scheduleCells}
      <td>
        <input
          type="date"
          max={project.today}
          value={draft.actualStart}
          onChange={set('actualStart')}
          aria-label={t('project.columns.actualStart')}
          {...described('actualStart')}
        />
        {error('actualStart')}
      </td>
      <td>
        <input
          type="date"
          max={project.today}
          value={draft.actualFinish}
          onChange={set('actualFinish')}
          aria-label={t('project.columns.actualFinish')}
          {...described('actualFinish')}
        />
        {error('actualFinish')}
      </td>
      {tailCells}
      <td className="milestones__actions">
        <button type="button" className="primary" disabled={update.isPending} onClick={save}>
          {t('project.milestone.save')}
        </button>
        <button type="button" onClick={() => onClose(null)}>
          {t('project.milestone.cancel')}
        </button>
        <span className="milestones__keys">{t('project.milestone.keys')}</span>
        {rowError && (
          <span className="field__error" role="alert">
            {rowError.message}
            {rowError.isConflict && (
              <button type="button" onClick={() => void loadLatest()}>
                {t('project.milestone.reload')}
              </button>
            )}
          </span>
        )}
      </td>
    </tr>
  );
}
