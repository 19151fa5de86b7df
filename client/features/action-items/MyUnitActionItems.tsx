import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { ActionItemCard } from './ActionItemCard.js';
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
      {list.isPending ? (
        <p className="status">{t('actionItems.loading')}</p>
      ) : list.isError ? (
        <p className="status status--error" role="alert">
          {describeError(list.error, t)}
        </p>
      ) : list.data.length === 0 ? (
        <p className="action-items__empty">{t('actionItems.myUnit.empty')}</p>
      ) : (
        <div className="action-item-cards">
          {list.data.map((item) => (
            <ActionItemCard key={item.id} item={item} onStep={(step) => steps.openStep(item, step)} />
          ))}
        </div>
      )}
      {steps.dialog}
    </section>
  );
}
