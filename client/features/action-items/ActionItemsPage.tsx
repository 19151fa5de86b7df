import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../lib/trpc.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import { QueryState } from '../../ui/QueryState.js';
import { ActionItemCards } from './ActionItemCard.js';
import { useActionItemSteps } from './use-action-items.js';
import './action-items.css';

type StatusChoice = 'open' | 'closed' | 'all';

/** Every action item (open ones unless asked otherwise), by unit and status; the filter lives in the address. */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: StatusChoice = asked === 'closed' || asked === 'all' ? asked : 'open';
  const unitId = Number(params.get('unit')) || undefined;
  const units = useQuery(trpc.unit.list.queryOptions());
  const list = useQuery(
    trpc.actionItem.list.queryOptions({
      ...(status !== 'all' && { status }),
      ...(unitId !== undefined && { ownerUnitId: unitId }),
    }),
  );
  const steps = useActionItemSteps();
  const apply = (patch: { status?: StatusChoice; unit?: number | undefined }) => {
    const next = { status, unit: unitId, ...patch };
    const search = new URLSearchParams();
    if (next.status !== 'open') search.set('status', next.status);
    if (next.unit !== undefined) search.set('unit', String(next.unit));
    setParams(search);
  };

  return (
    <section className="page action-items-page" aria-labelledby="action-items-title">
      <h2 className="page__title" id="action-items-title">
        {t('actionItems.list.title')}
      </h2>
      <p className="page__intro">{t('actionItems.list.intro')}</p>
      <form
        className="action-items__filters"
        aria-label={t('actionItems.list.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('actionItems.list.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => apply({ status: e.target.value as StatusChoice })}
          >
            <option value="open">{t('actionItems.status.open')}</option>
            <option value="closed">{t('actionItems.status.closed')}</option>
            <option value="all">{t('actionItems.list.statusAll')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('actionItems.list.unit')}</label>
          <UnitSelect
            id={`${id}-unit`}
            units={units.data}
            value={unitId ?? ''}
            onChange={(e) => apply({ unit: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('actionItems.list.anyUnit')}</option>
          </UnitSelect>
        </div>
      </form>
      <p className="blockers-notice" role="status">
        {steps.done}
      </p>
      <QueryState query={list} loading={t('actionItems.loading')}>
        {(items) => (
          <>
            <p className="action-items__count">
              {t('actionItems.list.count', {
                count: items.length,
                overdue: items.filter((item) => item.isOverdue).length,
              })}
            </p>
            <ActionItemCards items={items} empty={t('actionItems.list.empty')} onStep={steps.openStep} />
          </>
        )}
      </QueryState>
      {steps.dialog}
    </section>
  );
}
