import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZBlockerRaise } from '../../../server/domain/blocker-input.js';
import { BLOCKER_CATEGORIES, BLOCKER_LEVELS } from '../../../server/domain/blockers.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useMe } from '../auth/use-session.js';
import { BLOCKER_FIELD_OF_KEY } from './blocker-form-errors.js';
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
  const { id, titleId, errors, onError, submit, error } = useFormDialog(BLOCKER_FIELD_OF_KEY);
  const raise = useMutation(
    trpc.blocker.raise.mutationOptions({
      onError,
      onSuccess: async () => {
        await afterChange(project.id);
        onDone(t('blockers.done.raise'));
      },
    }),
  );

  function onSubmit(element: HTMLFormElement) {
    const form = Object.fromEntries(new FormData(element)) as Record<string, string>;
    const parsed = ZBlockerRaise.safeParse({
      ...form,
      projectId: project.id,
      responsibleUnitId: form.responsibleUnitId ? Number(form.responsibleUnitId) : undefined,
    });
    submit(parsed, (input) => raise.mutate(input));
  }

  const field = (name: string) => ({ name, ...describedBy(`${id}-${name}`, { error: error(name) }) });
  return (
    <FormDialog
      titleId={titleId}
      title={t('blockers.dialog.raiseTitle')}
      className="dialog__form blocker-dialog"
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <p className="blocker-dialog__subject">
        <span className="project__code">{project.code}</span> {project.name}
      </p>
      {/* Beside the field it is about, when it is about one. */}
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
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
        <UnitSelect
          key={units.data?.length ?? 0}
          units={units.data ?? [project.ownerUnit]}
          defaultValue={String(project.ownerUnit.id)}
          {...field('responsibleUnitId')}
        />
      </Field>
      <Field id={`${id}-targetDate`} label={t('blockers.dialog.targetDate')} error={error('targetDate')}>
        <input type="date" min={today} {...field('targetDate')} />
      </Field>
      <DialogActions
        cancelLabel={t('blockers.dialog.cancel')}
        submitLabel={t('blockers.dialog.submit.raise')}
        isPending={raise.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
