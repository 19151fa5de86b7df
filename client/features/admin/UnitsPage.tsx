import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { OwnerUnit } from '../../lib/types.js';
import { useNotify } from '../../app/notices.js';
import { useActor } from '../auth/use-session.js';
import './admin.css';
import { AdminDenied, LoadFailed } from './AdminStatus.js';
import { UnitDialog } from './UnitDialog.js';
import { UnitsTable } from './UnitsTable.js';

export function UnitsPage() {
  const actor = useActor();
  return can(actor, 'manageUnits') ? <UnitsScreen /> : <AdminDenied />;
}

function UnitsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions());
  // undefined: no dialog; null: a new unit; a unit: renaming it.
  const [editing, setEditing] = useState<OwnerUnit | null | undefined>(undefined);
  const notify = useNotify();

  return (
    <article className="page admin-page">
      <header className="admin-page__head">
        <h2 className="page__title">{t('admin.units.title')}</h2>
        {units.data && (
          <span className="admin-page__count">{t('admin.units.count', { count: units.data.length })}</span>
        )}
        <button type="button" className="primary" onClick={() => setEditing(null)}>
          {t('admin.units.new')}
        </button>
      </header>
      <p className="page__intro">{t('admin.units.intro')}</p>
      {units.isPending && <p className="status">{t('admin.units.loading')}</p>}
      {units.isError && <LoadFailed message={describeError(units.error, t)} onRetry={() => void units.refetch()} />}
      {units.data && (
        <div className="table-scroll">
          <UnitsTable units={units.data} onRename={setEditing} />
        </div>
      )}
      {editing !== undefined && (
        <UnitDialog
          unit={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(text) => {
            setEditing(undefined);
            notify(text, { tone: 'success' });
          }}
        />
      )}
    </article>
  );
}
