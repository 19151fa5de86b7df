import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { UserRow } from '../../lib/types.js';
import { useActor } from '../auth/use-session.js';
import './admin.css';
import { AdminDenied, LoadFailed, NoticeLine } from './AdminStatus.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';
import type { Notice } from './admin-notice.js';
import { UserDialog } from './UserDialog.js';
import { UsersTable } from './UsersTable.js';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow } | null;

export function UsersPage() {
  const actor = useActor();
  return can(actor, 'manageUsers') ? <UsersScreen actorId={actor.id} /> : <AdminDenied />;
}

function UsersScreen({ actorId }: { actorId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());
  const units = useQuery(trpc.unit.list.queryOptions());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const close = () => setDialog(null);
  const saved = (text: string) => {
    setDialog(null);
    setNotice({ text, isError: false });
  };

  return (
    <article className="page admin-page">
      <header className="admin-page__head">
        <h2 className="page__title">{t('admin.users.title')}</h2>
        {users.data && (
          <span className="admin-page__count">{t('admin.users.count', { count: users.data.length })}</span>
        )}
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('admin.users.new')}
        </button>
      </header>
      <p className="page__intro">{t('admin.users.intro')}</p>
      <NoticeLine notice={notice} />
      {users.isPending && <p className="status">{t('admin.users.loading')}</p>}
      {users.isError && <LoadFailed message={describeError(users.error, t)} onRetry={() => void users.refetch()} />}
      {users.data && (
        <div className="table-scroll">
          <UsersTable
            users={users.data}
            actorId={actorId}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onResetPassword={(user) => setDialog({ kind: 'reset', user })}
            onNotice={setNotice}
          />
        </div>
      )}
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserDialog
          user={dialog.kind === 'edit' ? dialog.user : null}
          units={units.data ?? []}
          onSaved={saved}
          onCancel={close}
        />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onSaved={saved} onCancel={close} />}
    </article>
  );
}
