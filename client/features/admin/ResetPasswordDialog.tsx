import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZPasswordReset } from '../../../server/domain/auth-input.js';
import { useTRPC } from '../../lib/trpc.js';
import type { UserRow } from '../../lib/types.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { ADMIN_FIELD_OF_KEY, generatePassword } from './admin-form.js';

/** A temporary password for someone who forgot theirs; their sessions end and they must change it. */
export function ResetPasswordDialog({
  user,
  onSaved,
  onCancel,
}: {
  user: UserRow;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { id, titleId, errors, onError, submit, error } = useFormDialog(ADMIN_FIELD_OF_KEY);
  const [password, setPassword] = useState(generatePassword);
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onError,
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
        onSaved(t('admin.users.passwordReset', { username: user.username }));
      },
    }),
  );

  const onSubmit = () =>
    submit(ZPasswordReset.safeParse({ id: user.id, newPassword: password }), (input) => reset.mutate(input));

  const passwordError = error('newPassword');
  return (
    <FormDialog
      titleId={titleId}
      title={t('admin.users.reset.title', { username: user.username })}
      className="dialog__form dialog__form--single"
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <p className="dialog__hint">{t('admin.users.reset.hint')}</p>
      <FormAlert message={errors?.form} />
      <Field id={`${id}-password`} label={t('admin.users.reset.password')} error={passwordError} wide>
        <span className="field__with-button">
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            {...describedBy(`${id}-password`, { error: passwordError })}
          />
          <button type="button" onClick={() => setPassword(generatePassword())}>
            {t('admin.common.generate')}
          </button>
        </span>
      </Field>
      <DialogActions
        cancelLabel={t('admin.common.cancel')}
        submitLabel={t('admin.users.reset.submit')}
        isPending={reset.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
