import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUserCreate, ZUserUpdate } from '../../../server/domain/auth-input.js';
import { ROLES, type Role } from '../../../server/domain/permissions.js';
import { useTRPC } from '../../lib/trpc.js';
import type { OwnerUnit, UserRow } from '../../lib/types.js';
import { describedBy, Field } from './Field.js';
import { formErrorsOf, generatePassword } from './form-errors.js';
import { ModalDialog } from './ModalDialog.js';

type Errors = ReturnType<typeof formErrorsOf>;

/** Creates a user (with an initial password) or edits one (name, role, units). */
export function UserDialog({
  user,
  units,
  onSaved,
  onCancel,
}: {
  user: UserRow | null;
  units: OwnerUnit[];
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [role, setRole] = useState<Role>(user?.role ?? 'editor');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors | null>(null);
  const saved = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    onSaved(message);
  };
  const onError = (error: unknown) => setErrors(formErrorsOf(error, t));
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onError,
      onSuccess: (_, input) => saved(t('admin.users.created', { username: input.username })),
    }),
  );
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onError,
      onSuccess: () => saved(t('admin.users.updated', { username: user?.username })),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = {
      displayName: String(form.get('displayName') ?? ''),
      role,
      // Only a liaison answers for units; other roles keep none.
      unitIds: role === 'editor' ? form.getAll('unitIds').map(Number) : [],
    };
    if (user) {
      const parsed = ZUserUpdate.safeParse({ id: user.id, patch: fields });
      if (!parsed.success) return onError(parsed.error);
      setErrors(null);
      update.mutate(parsed.data);
    } else {
      const parsed = ZUserCreate.safeParse({ ...fields, username: String(form.get('username') ?? ''), password });
      if (!parsed.success) return onError(parsed.error);
      setErrors(null);
      create.mutate(parsed.data);
    }
  }

  const error = (name: string) => errors?.fields[name];
  const titleId = `${id}-title`;
  const hints = {
    username: t('admin.users.dialog.usernameHint'),
    role: t(`admin.users.roleHints.${role}`),
    password: t('admin.users.dialog.passwordHint'),
  };
  return (
    <ModalDialog labelledBy={titleId} onClose={onCancel}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>
          {user ? t('admin.users.dialog.editTitle', { username: user.username }) : t('admin.users.dialog.createTitle')}
        </h2>
        {errors && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        {!user && (
          <Field
            id={`${id}-username`}
            label={t('admin.users.dialog.username')}
            hint={hints.username}
            error={error('username')}
          >
            <input
              name="username"
              autoComplete="off"
              spellCheck={false}
              {...describedBy(`${id}-username`, { hint: hints.username, error: error('username') })}
            />
          </Field>
        )}
        <Field id={`${id}-displayName`} label={t('admin.users.dialog.displayName')} error={error('displayName')}>
          <input
            name="displayName"
            defaultValue={user?.displayName}
            {...describedBy(`${id}-displayName`, { error: error('displayName') })}
          />
        </Field>
        <Field id={`${id}-role`} label={t('admin.users.dialog.role')} hint={hints.role} error={error('role')}>
          <select
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            {...describedBy(`${id}-role`, { hint: hints.role, error: error('role') })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        {!user && (
          <Field
            id={`${id}-password`}
            label={t('admin.users.dialog.password')}
            hint={hints.password}
            error={error('password')}
          >
            <span className="field__with-button">
              <input
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                {...describedBy(`${id}-password`, { hint: hints.password, error: error('password') })}
              />
              <button type="button" onClick={() => setPassword(generatePassword())}>
                {t('admin.common.generate')}
              </button>
            </span>
          </Field>
        )}
        {role === 'editor' && (
          <UnitChoice units={units} chosen={user?.units.map((u) => u.id) ?? []} error={error('unitIds')} />
        )}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('admin.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
            {user ? t('admin.common.save') : t('admin.users.dialog.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The units a liaison answers for, departments and towns apart. */
function UnitChoice({ units, chosen, error }: { units: OwnerUnit[]; chosen: number[]; error: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const groups = [
    { kind: 'department', label: t('admin.users.dialog.departments') },
    { kind: 'town', label: t('admin.users.dialog.towns') },
  ] as const;
  return (
    <fieldset
      className="unit-choice"
      aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('admin.users.dialog.units')}</legend>
      <span className="field__hint" id={`${id}-hint`}>
        {t('admin.users.dialog.unitsHint')}
      </span>
      {groups.map((group) => (
        <div key={group.kind} className="unit-choice__group" role="group" aria-label={group.label}>
          <span className="unit-choice__kind">{group.label}</span>
          {units
            .filter((unit) => unit.kind === group.kind)
            .map((unit) => (
              <label key={unit.id} className="unit-choice__unit">
                <input type="checkbox" name="unitIds" value={unit.id} defaultChecked={chosen.includes(unit.id)} />
                {unit.name}
              </label>
            ))}
        </div>
      ))}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
