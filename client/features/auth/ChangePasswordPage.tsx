import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZChangePassword } from '../../../server/domain/auth-input.js';
import { describeError, fieldMessages } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { LanguageSwitch } from '../../app/LanguageSwitch.js';
import { useActor } from './use-session.js';
import { SignOutButton, UserName } from './UserMenu.js';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actor = useActor();
  const [error, setError] = useState<string | null>(null);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
      onError: (e) => setError(describeError(e, t)),
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { currentPassword: String(form.get('current')), newPassword: String(form.get('new')) };
    if (input.newPassword !== form.get('repeat')) return setError(t('auth.mismatch'));
    const parsed = ZChangePassword.safeParse(input);
    if (!parsed.success) return setError(Object.values(fieldMessages(parsed.error, t)).join(' '));
    setError(null);
    change.mutate(parsed.data);
  }
  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={onSubmit}>
        <div className="sign-in__top">
          <h1>{t('auth.changeTitle')}</h1>
          <LanguageSwitch />
        </div>
        {/* Someone who cannot or will not change it now can still leave, or read it in their language. */}
        <div className="sign-in__account">
          <UserName displayName={actor.displayName} role={actor.role} />
          <SignOutButton />
        </div>
        <p className="sign-in__hint">{t('auth.changeHint')}</p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <label className="field">
          <span>{t('auth.currentPassword')}</span>
          <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <label className="field">
          <span>{t('auth.newPassword')}</span>
          <input name="new" type="password" autoComplete="new-password" required />
        </label>
        <label className="field">
          <span>{t('auth.repeatPassword')}</span>
          <input name="repeat" type="password" autoComplete="new-password" required />
        </label>
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('auth.save')}
        </button>
      </form>
    </main>
  );
}
