import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZUnitInput, ZUnitUpdate } from '../../../server/domain/auth-input.js';
import { useTRPC } from '../../lib/trpc.js';
import type { OwnerUnit } from '../../lib/types.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { ADMIN_FIELD_OF_KEY } from './admin-form.js';

/** A new owner unit, or a new name for one (its code stays: other systems know the unit by it). */
export function UnitDialog({
  unit,
  onSaved,
  onCancel,
}: {
  unit: OwnerUnit | null;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { id, titleId, errors, onError, submit, error } = useFormDialog(ADMIN_FIELD_OF_KEY);
  // Unit names show on cards, projects and user rows: everything that shows them reloads.
  const saved = async (message: string) => {
    await queryClient.invalidateQueries();
    onSaved(message);
  };
  const create = useMutation(
    trpc.unit.create.mutationOptions({
      onError,
      onSuccess: (created) => saved(t('admin.units.created', { name: created.name })),
    }),
  );
  const rename = useMutation(
    trpc.unit.update.mutationOptions({
      onError,
      onSuccess: (renamed) => saved(t('admin.units.renamed', { from: unit?.name, to: renamed.name })),
    }),
  );

  function onSubmit(element: HTMLFormElement) {
    const form = Object.fromEntries(new FormData(element)) as Record<string, string>;
    if (unit)
      submit(ZUnitUpdate.safeParse({ id: unit.id, patch: { name: form.name } }), (input) => rename.mutate(input));
    else submit(ZUnitInput.safeParse(form), (input) => create.mutate(input));
  }

  const codeHint = t('admin.units.dialog.codeHint');
  return (
    <FormDialog
      titleId={titleId}
      title={unit ? t('admin.units.dialog.renameTitle') : t('admin.units.dialog.createTitle')}
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <FormAlert message={errors?.form} />
      <Field
        id={`${id}-code`}
        label={t('admin.units.dialog.code')}
        hint={unit ? undefined : codeHint}
        error={error('code')}
      >
        <input
          name="code"
          defaultValue={unit?.code}
          readOnly={!!unit}
          autoComplete="off"
          spellCheck={false}
          {...describedBy(`${id}-code`, { hint: unit ? undefined : codeHint, error: error('code') })}
        />
      </Field>
      <Field id={`${id}-kind`} label={t('admin.units.dialog.kind')} error={error('kind')}>
        <select
          name="kind"
          defaultValue={unit?.kind ?? 'department'}
          disabled={!!unit}
          {...describedBy(`${id}-kind`, { error: error('kind') })}
        >
          <option value="department">{t('admin.units.kinds.department')}</option>
          <option value="town">{t('admin.units.kinds.town')}</option>
        </select>
      </Field>
      <Field id={`${id}-name`} label={t('admin.units.dialog.name')} error={error('name')} wide>
        <input name="name" defaultValue={unit?.name} {...describedBy(`${id}-name`, { error: error('name') })} />
      </Field>
      <DialogActions
        cancelLabel={t('admin.common.cancel')}
        submitLabel={unit ? t('admin.common.save') : t('admin.units.dialog.create')}
        isPending={create.isPending || rename.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
