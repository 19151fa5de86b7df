import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { LanguageSwitch } from '../../app/LanguageSwitch.js';

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const hints = useQuery(trpc.auth.signInHints.queryOptions());
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: () => queryClient.resetQueries(),
      onError: (e) => setError(describeError(e, t)),
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    signIn.mutate({ username: String(form.get('username')), password: String(form.get('password')) });
  }
  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={onSubmit}>
        <div className="sign-in__top">
          <h1>{t('auth.signInTitle')}</h1>
          <LanguageSwitch />
        </div>
        <p className="sign-in__hint">{t('auth.signInHint')}</p>
        {/* Only while the published demo password still opens them: a trial user needs nothing else. */}
        {hints.data?.demoAccountsActive && (
          <p className="sign-in__demo" role="note">
            {t('auth.demoAccounts')}
          </p>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <label className="field">
          <span>{t('auth.username')}</span>
          <input name="username" autoComplete="username" required autoFocus />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}
