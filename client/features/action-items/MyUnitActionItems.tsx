import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.js';
import { QueryState } from '../../ui/QueryState.js';
import { ActionItemCards } from './ActionItemCard.js';
import { useActionItemSteps } from './use-action-items.js';
import './action-items.css';

/** The owner unit's page: its open action items, overdue first (red), with progress and closing at hand. */
export function MyUnitActionItems() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [showClosed, setShowClosed] = useState(false);
  const list = useQuery(trpc.actionItem.list.queryOptions({ mine: true, ...(showClosed ? {} : { status: 'open' }) }));
  const steps = useActionItemSteps();
  return (
    <section className="my-unit-actions" aria-labelledby="my-unit-actions-title">
      <div className="my-unit-actions__head">
        <h3 id="my-unit-actions-title">{t('actionItems.myUnit.title')}</h3>
        <label className="action-items__check">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
          {t('actionItems.myUnit.showClosed')}
        </label>
      </div>
      <p className="blockers-notice" role="status">
        {steps.done}
      </p>
      <QueryState query={list} loading={t('actionItems.loading')}>
        {(items) => <ActionItemCards items={items} empty={t('actionItems.myUnit.empty')} onStep={steps.openStep} />}
      </QueryState>
      {steps.dialog}
    </section>
  );
}
