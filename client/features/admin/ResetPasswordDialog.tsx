import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZPasswordReset } from '../../../server/domain/auth-input.js';
import { useTRPC } from '../../lib/trpc.js';
import type { UserRow } from '../../lib/types.js';
import { describedBy, Field } from './Field.js';
import { formErrorsOf, generatePassword } from './form-errors.js';
import { ModalDialog } from './ModalDialog.js';

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
  const id = useId();
  const [password, setPassword] = useState(generatePassword);
  const [errors, setErrors] = useState<ReturnType<typeof formErrorsOf> | null>(null);
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onError: (error) => setErrors(formErrorsOf(error, t)),
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
        onSaved(t('admin.users.passwordReset', { username: user.username }));
      },
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZPasswordReset.safeParse({ id: user.id, newPassword: password });
    if (!parsed.success) return setErrors(formErrorsOf(parsed.error, t));
    setErrors(null);
    reset.mutate(parsed.data);
  }

  const titleId = `${id}-title`;
  const error = errors?.fields.newPassword;
  return (
    <ModalDialog labelledBy={titleId} onClose={onCancel}>
      <form className="dialog__form dialog__form--single" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{t('admin.users.reset.title', { username: user.username })}</h2>
        <p className="dialog__hint">{t('admin.users.reset.hint')}</p>
        {errors && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        <Field id={`${id}-password`} label={t('admin.users.reset.password')} error={error} wide>
          <span className="field__with-button">
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              {...describedBy(`${id}-password`, { error })}
            />
            <button type="button" onClick={() => setPassword(generatePassword())}>
              {t('admin.common.generate')}
            </button>
          </span>
        </Field>
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('admin.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={reset.isPending}>
            {t('admin.users.reset.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
