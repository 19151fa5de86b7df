import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from './use-session.js';

export function UserMenu() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actor = useActor();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => queryClient.resetQueries() }));
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        {actor.displayName} · {t(`auth.roles.${actor.role}`)}
      </span>
      <button type="button" onClick={() => signOut.mutate()}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
