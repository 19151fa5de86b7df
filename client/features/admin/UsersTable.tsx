import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { UserRow } from '../../lib/types.js';
import { formatDateTime, useLocale } from '../../lib/format.js';
import type { Notice } from './admin-notice.js';

export function UsersTable({
  users,
  actorId,
  onEdit,
  onResetPassword,
  onNotice,
}: {
  users: UserRow[];
  actorId: number;
  onEdit(user: UserRow): void;
  onResetPassword(user: UserRow): void;
  onNotice(notice: Notice): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const onError = (error: unknown) => onNotice({ text: describeError(error, t), isError: true });
  const nameOf = (id: number) => users.find((u) => u.id === id)?.username ?? '';
  const setDisabled = useMutation(
    trpc.user.update.mutationOptions({
      onError,
      onSuccess: async (_, { id, patch }) => {
        await refresh();
        const key = patch.isDisabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone';
        onNotice({ text: t(key, { username: nameOf(id) }), isError: false });
      },
    }),
  );
  const endSessions = useMutation(
    trpc.user.revokeSessions.mutationOptions({
      onError,
      onSuccess: async (_, { id }) => {
        await refresh();
        onNotice({ text: t('admin.users.sessionsEnded', { username: nameOf(id) }), isError: false });
      },
    }),
  );
  const isBusy = (id: number) =>
    (setDisabled.isPending && setDisabled.variables.id === id) ||
    (endSessions.isPending && endSessions.variables.id === id);

  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t('admin.users.columns.username')}</th>
          <th scope="col">{t('admin.users.columns.displayName')}</th>
          <th scope="col">{t('admin.users.columns.role')}</th>
          <th scope="col">{t('admin.users.columns.units')}</th>
          <th scope="col">{t('admin.users.columns.status')}</th>
          <th scope="col">{t('admin.users.columns.mustChange')}</th>
          <th scope="col">{t('admin.users.columns.lastSeen')}</th>
          <th scope="col">{t('admin.common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.isDisabled ? 'admin-table__row--muted' : undefined}>
            <th scope="row">
              {user.username}
              {user.id === actorId && <span className="tag">{t('admin.users.you')}</span>}
            </th>
            <td>{user.displayName}</td>
            <td>{t(`auth.roles.${user.role}`)}</td>
            <td className="admin-table__units">
              {user.role === 'admin' ? t('admin.users.allUnits') : user.units.map((u) => u.name).join('、') || '—'}
            </td>
            <td>
              <span className={user.isDisabled ? 'chip chip--off' : 'chip chip--on'}>
                {user.isDisabled ? t('admin.users.disabled') : t('admin.users.enabled')}
              </span>
            </td>
            <td>
              {user.mustChangePassword ? <span className="chip chip--warn">{t('admin.users.mustChange')}</span> : '—'}
            </td>
            <td className="admin-table__time">{user.lastSeenAt ? formatDateTime(user.lastSeenAt, locale) : '—'}</td>
            <td>
              <div
                className="row-actions"
                role="group"
                aria-label={t('admin.users.rowActions', { username: user.username })}
              >
                <button type="button" onClick={() => onEdit(user)}>
                  {t('admin.users.edit')}
                </button>
                {user.id !== actorId && (
                  <button
                    type="button"
                    disabled={isBusy(user.id)}
                    onClick={() => setDisabled.mutate({ id: user.id, patch: { isDisabled: !user.isDisabled } })}
                  >
                    {user.isDisabled ? t('admin.users.enable') : t('admin.users.disable')}
                  </button>
                )}
                <button type="button" onClick={() => onResetPassword(user)}>
                  {t('admin.users.resetPassword')}
                </button>
                {user.id !== actorId && !user.isDisabled && (
                  <button
                    type="button"
                    disabled={isBusy(user.id) || !user.lastSeenAt}
                    onClick={() => endSessions.mutate({ id: user.id })}
                  >
                    {t('admin.users.endSessions')}
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
