import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUnitInput, ZUnitUpdate } from '../../../server/domain/auth-input.js';
import { useTRPC } from '../../lib/trpc.js';
import type { OwnerUnit } from '../../lib/types.js';
import { describedBy, Field } from './Field.js';
import { formErrorsOf } from './form-errors.js';
import { ModalDialog } from './ModalDialog.js';

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
  const id = useId();
  const [errors, setErrors] = useState<ReturnType<typeof formErrorsOf> | null>(null);
  const onError = (error: unknown) => setErrors(formErrorsOf(error, t));
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    if (unit) {
      const parsed = ZUnitUpdate.safeParse({ id: unit.id, patch: { name: form.name } });
      if (!parsed.success) return onError(parsed.error);
      setErrors(null);
      rename.mutate(parsed.data);
    } else {
      const parsed = ZUnitInput.safeParse(form);
      if (!parsed.success) return onError(parsed.error);
      setErrors(null);
      create.mutate(parsed.data);
    }
  }

  const titleId = `${id}-title`;
  const error = (name: string) => errors?.fields[name];
  const codeHint = t('admin.units.dialog.codeHint');
  return (
    <ModalDialog labelledBy={titleId} onClose={onCancel}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{unit ? t('admin.units.dialog.renameTitle') : t('admin.units.dialog.createTitle')}</h2>
        {errors && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
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
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('admin.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={create.isPending || rename.isPending}>
            {unit ? t('admin.common.save') : t('admin.units.dialog.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
