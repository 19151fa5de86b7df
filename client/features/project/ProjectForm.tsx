import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ZProjectUpdate, type TProjectUpdate } from '../../../server/domain/project-input.js';
import { describeError, fieldMessages, isApiError, type FieldMessages } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import type { ProjectDetail } from '../../lib/types.js';
import { useActor } from '../auth/use-session.js';
import './project.css';

type Patch = NonNullable<TProjectUpdate['patch']>;

/** Refusals of the service that belong to one field rather than to the whole form. */
const FIELD_OF_KEY: Record<string, keyof Patch> = {
  'project.codeTaken': 'code',
  'validation.plannedOverTotal': 'plannedInvestment',
  'unit.notFound': 'ownerUnitId',
  'milestone.notFound': 'targetMilestoneId',
};

interface Values {
  code: string;
  name: string;
  ownerUnitId: string;
  totalInvestment: string;
  plannedInvestment: string;
  targetDate: string;
  targetMilestoneId: string;
  description: string;
}

function valuesOf(project: ProjectDetail): Values {
  return {
    code: project.code,
    name: project.name,
    ownerUnitId: String(project.ownerUnit.id),
    totalInvestment: project.totalInvestment,
    plannedInvestment: project.plannedInvestment,
    targetDate: project.targetDate,
    targetMilestoneId: project.targetMilestoneId === null ? '' : String(project.targetMilestoneId),
    description: project.description,
  };
}

/** Only what the person changed goes to the server (and into the history). */
function changesOf(project: ProjectDetail, parsed: Patch): Patch {
  const before = valuesOf(project);
  const patch: Patch = {};
  if (parsed.code !== before.code) patch.code = parsed.code;
  if (parsed.name !== before.name) patch.name = parsed.name;
  if (parsed.ownerUnitId !== project.ownerUnit.id) patch.ownerUnitId = parsed.ownerUnitId;
  if (Number(parsed.totalInvestment) !== Number(before.totalInvestment)) patch.totalInvestment = parsed.totalInvestment;
  if (Number(parsed.plannedInvestment) !== Number(before.plannedInvestment))
    patch.plannedInvestment = parsed.plannedInvestment;
  if (parsed.targetDate !== before.targetDate) patch.targetDate = parsed.targetDate;
  if (parsed.targetMilestoneId !== project.targetMilestoneId) patch.targetMilestoneId = parsed.targetMilestoneId;
  if (parsed.description !== before.description) patch.description = parsed.description;
  return patch;
}

/** The project's own fields, checked field by field in the browser and again by the server. */
export function ProjectForm({
  project,
  onSaved,
  onCancel,
}: {
  project: ProjectDetail;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actor = useActor();
  const units = useQuery(trpc.unit.list.queryOptions());
  // What the person started from: a change saved by someone else meanwhile is refused, not overwritten.
  const [base, setBase] = useState(project);
  const [values, setValues] = useState<Values>(() => valuesOf(project));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [formError, setFormError] = useState<{ message: string; isConflict: boolean } | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey({ id: project.id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
    ]);
  async function loadLatest() {
    const latest = await queryClient.fetchQuery({ ...trpc.project.get.queryOptions({ id: project.id }), staleTime: 0 });
    setBase(latest);
    setValues(valuesOf(latest));
    setErrors({});
    setFormError(null);
  }
  const update = useMutation(
    trpc.project.update.mutationOptions({
      onSuccess: async (card) => {
        await refresh();
        onSaved(t('project.edit.saved', { code: card.code }));
      },
      onError: (error) => {
        const server = Object.fromEntries(
          Object.entries(fieldMessages(error, t)).map(([path, message]) => [path.replace(/^patch\./, ''), message]),
        );
        const key = isApiError(error) ? error.data?.appError?.key : undefined;
        const field = key ? FIELD_OF_KEY[key] : undefined;
        if (field) server[field] = describeError(error, t);
        setErrors(server);
        setFormError({
          message: describeError(error, t),
          isConflict: isApiError(error) && error.data?.code === 'CONFLICT' && !field,
        });
      },
    }),
  );
  // An editor may hand a project only to another of their own units.
  const unitOptions = (units.data ?? []).filter(
    (unit) => actor.role === 'admin' || actor.unitIds.includes(unit.id) || unit.id === base.ownerUnit.id,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZProjectUpdate.shape.patch.safeParse({
      ...values,
      ownerUnitId: Number(values.ownerUnitId),
      targetMilestoneId: values.targetMilestoneId ? Number(values.targetMilestoneId) : null,
    });
    if (!parsed.success) {
      setErrors(fieldMessages(parsed.error, t));
      setFormError({ message: t('errors:validation.failed', { keySeparator: false }), isConflict: false });
      return;
    }
    setErrors({});
    setFormError(null);
    const patch = changesOf(base, parsed.data);
    if (Object.keys(patch).length === 0) {
      onSaved(t('project.edit.unchanged'));
      return;
    }
    update.mutate({ id: project.id, expectedVersion: base.version, patch });
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const described = (name: string) =>
    errors[name] ? { 'aria-invalid': true, 'aria-describedby': `project-${name}-error` } : {};
  const field = (name: keyof Values, label: string, input: ReactNode, wide = false) => (
    <label className={`field${wide ? ' project-form__wide' : ''}`}>
      <span>{label}</span>
      {input}
      {errors[name] && (
        <span className="field__error" id={`project-${name}-error`}>
          {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <form
      className="project-form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="project-form-title"
    >
      <h3 id="project-form-title">{t('project.edit.title')}</h3>
      {formError && (
        <div className="project-form__alert" role="alert">
          <p className="field__error">{formError.message}</p>
          {formError.isConflict && (
            <button type="button" onClick={() => void loadLatest()}>
              {t('project.edit.reload')}
            </button>
          )}
        </div>
      )}
      {field('code', t('project.code'), <input value={values.code} onChange={set('code')} {...described('code')} />)}
      {field(
        'name',
        t('project.new.name'),
        <input value={values.name} onChange={set('name')} {...described('name')} />,
      )}
      {field(
        'ownerUnitId',
        t('project.owner'),
        <UnitSelect
          units={unitOptions.length === 0 ? [base.ownerUnit] : unitOptions}
          value={values.ownerUnitId}
          onChange={set('ownerUnitId')}
          {...described('ownerUnitId')}
        />,
      )}
      {field(
        'targetMilestoneId',
        t('project.targetMilestone'),
        <select
          value={values.targetMilestoneId}
          onChange={set('targetMilestoneId')}
          {...described('targetMilestoneId')}
        >
          <option value="">{t('project.lastMilestones')}</option>
          {base.milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'totalInvestment',
        t('project.edit.total'),
        <input
          value={values.totalInvestment}
          inputMode="decimal"
          onChange={set('totalInvestment')}
          {...described('totalInvestment')}
        />,
      )}
      {field(
        'plannedInvestment',
        t('project.edit.planned'),
        <input
          value={values.plannedInvestment}
          inputMode="decimal"
          onChange={set('plannedInvestment')}
          {...described('plannedInvestment')}
        />,
      )}
      {field(
        'targetDate',
        t('project.targetDate'),
        <input type="date" value={values.targetDate} onChange={set('targetDate')} {...described('targetDate')} />,
      )}
      {field(
        'description',
        t('project.description'),
        <textarea rows={3} value={values.description} onChange={set('description')} {...described('description')} />,
        true,
      )}
      <div className="project-form__actions">
        <button type="button" onClick={onCancel}>
          {t('project.edit.cancel')}
        </button>
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('project.edit.save')}
        </button>
      </div>
    </form>
  );
}
