import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZBlockerRaise } from '../../../server/domain/blocker-input.js';
import { BLOCKER_CATEGORIES, BLOCKER_LEVELS } from '../../../server/domain/blockers.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { describedBy, Field } from '../admin/Field.js';
import { ModalDialog } from '../admin/ModalDialog.js';
import { useMe } from '../auth/use-session.js';
import { blockerFormErrors } from './blocker-form-errors.js';
import { useAfterBlockerChange, useBlockerLabels } from './use-blockers.js';

/** What blocks the project, which unit must clear it, at which level, by when. */
export function RaiseBlockerDialog({
  project,
  onDone,
  onCancel,
}: {
  project: ProjectDetail;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useBlockerLabels();
  const today = useMe().data?.today;
  const units = useQuery(trpc.unit.list.queryOptions());
  const afterChange = useAfterBlockerChange();
  const id = useId();
  const [errors, setErrors] = useState<ReturnType<typeof blockerFormErrors> | null>(null);
  const raise = useMutation(
    trpc.blocker.raise.mutationOptions({
      onError: (error) => setErrors(blockerFormErrors(error, t)),
      onSuccess: async () => {
        await afterChange(project.id);
        onDone(t('blockers.done.raise'));
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const parsed = ZBlockerRaise.safeParse({
      ...form,
      projectId: project.id,
      responsibleUnitId: form.responsibleUnitId ? Number(form.responsibleUnitId) : undefined,
    });
    if (!parsed.success) return setErrors(blockerFormErrors(parsed.error, t));
    setErrors(null);
    raise.mutate(parsed.data);
  }

  const titleId = `${id}-title`;
  const error = (name: string) => errors?.fields[name];
  const field = (name: string) => ({ name, ...describedBy(`${id}-${name}`, { error: error(name) }) });
  return (
    <ModalDialog labelledBy={titleId} onClose={onCancel}>
      <form className="dialog__form blocker-dialog" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{t('blockers.dialog.raiseTitle')}</h2>
        <p className="blocker-dialog__subject">
          <span className="project__code">{project.code}</span> {project.name}
        </p>
        {errors && Object.keys(errors.fields).length === 0 && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        <Field id={`${id}-category`} label={t('blockers.dialog.category')} error={error('category')}>
          <select defaultValue="land" {...field('category')}>
            {BLOCKER_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {labels.category[category]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-level`} label={t('blockers.dialog.level')} error={error('level')}>
          <select defaultValue="department" {...field('level')}>
            {BLOCKER_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.level[level]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-description`} label={t('blockers.dialog.description')} error={error('description')} wide>
          <textarea rows={4} {...field('description')} />
        </Field>
        <Field
          id={`${id}-responsibleUnitId`}
          label={t('blockers.dialog.responsibleUnit')}
          error={error('responsibleUnitId')}
        >
          {/* Keyed by the list: the default applies once the units have arrived. */}
          <select
            key={units.data?.length ?? 0}
            defaultValue={String(project.ownerUnit.id)}
            {...field('responsibleUnitId')}
          >
            {(units.data ?? [project.ownerUnit]).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-targetDate`} label={t('blockers.dialog.targetDate')} error={error('targetDate')}>
          <input type="date" min={today} {...field('targetDate')} />
        </Field>
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('blockers.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={raise.isPending}>
            {t('blockers.dialog.submit.raise')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
