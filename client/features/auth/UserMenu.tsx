import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from './use-session.js';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const actor = useActor();
  return (
    <div className="user-menu">
      <UserName displayName={actor.displayName} role={actor.role} />
      <SignOutButton />
    </div>
  );
}

/** The name, then the role unless the name already says it (the first admin is called 管理员). */
export function UserName({ displayName, role }: { displayName: string; role: string }) {
  const { t } = useTranslation();
  const roleName = t(`auth.roles.${role}`);
  return (
    <span className="user-menu__name" title={`${displayName} · ${roleName}`}>
      {displayName === roleName ? displayName : `${displayName} · ${roleName}`}
    </span>
  );
}

export function SignOutButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: () => queryClient.resetQueries() }));
  return (
    <button type="button" onClick={() => signOut.mutate()}>
      {t('auth.signOut')}
    </button>
  );
}
