import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUserCreate, ZUserUpdate } from '../../../server/domain/auth-input.js';
import { ROLES, type Role } from '../../../server/domain/permissions.js';
import { useTRPC } from '../../lib/trpc.js';
import type { OwnerUnit, UserRow } from '../../lib/types.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { ADMIN_FIELD_OF_KEY, generatePassword } from './admin-form.js';

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
  const { id, titleId, errors, onError, submit, error } = useFormDialog(ADMIN_FIELD_OF_KEY);
  const [role, setRole] = useState<Role>(user?.role ?? 'editor');
  // A new account starts with a generated password, so the first submit succeeds; the admin may replace it.
  const [password, setPassword] = useState(() => (user ? '' : generatePassword()));
  const saved = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    onSaved(message);
  };
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

  function onSubmit(element: HTMLFormElement) {
    const form = new FormData(element);
    const fields = {
      displayName: String(form.get('displayName') ?? ''),
      role,
      // Only a liaison answers for units; other roles keep none.
      unitIds: role === 'editor' ? form.getAll('unitIds').map(Number) : [],
    };
    if (user) submit(ZUserUpdate.safeParse({ id: user.id, patch: fields }), (input) => update.mutate(input));
    else {
      const username = String(form.get('username') ?? '');
      submit(ZUserCreate.safeParse({ ...fields, username, password }), (input) => create.mutate(input));
    }
  }

  const hints = {
    username: t('admin.users.dialog.usernameHint'),
    role: t(`admin.users.roleHints.${role}`),
    password: t('admin.users.dialog.passwordHint'),
  };
  return (
    <FormDialog
      titleId={titleId}
      title={
        user ? t('admin.users.dialog.editTitle', { username: user.username }) : t('admin.users.dialog.createTitle')
      }
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <FormAlert message={errors?.form} />
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
      <DialogActions
        cancelLabel={t('admin.common.cancel')}
        submitLabel={user ? t('admin.common.save') : t('admin.users.dialog.create')}
        isPending={create.isPending || update.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
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
