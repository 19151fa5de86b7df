import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MyUnitActionItems } from '../action-items/MyUnitActionItems.js';
import { UnitUnreported } from '../investment/UnitUnreported.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { BlockerCard } from './BlockerCard.js';
import { useStepDialog } from './use-step-dialog.js';
import './blockers.css';

/** The blockers the signed-in person's unit must clear: overdue on top, then the nearest target date. */
export function MyUnitPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mine = useQuery(trpc.blocker.forMyUnit.queryOptions());
  const steps = useStepDialog();

  if (mine.isPending) return <p className="status">{t('blockers.loading')}</p>;
  if (mine.isError)
    return (
      <p className="status status--error" role="alert">
        {describeError(mine.error, t)}
      </p>
    );
  const { units, blockers } = mine.data;
  return (
    <section className="page my-unit" aria-labelledby="my-unit-title">
      <h2 className="page__title" id="my-unit-title">
        {t('blockers.myUnit.title')}
      </h2>
      {units.length === 0 ? (
        <p>{t('blockers.myUnit.noUnit')}</p>
      ) : (
        <p className="my-unit__units">{t('blockers.myUnit.units', { units: units.map((u) => u.name).join('、') })}</p>
      )}
      <p className="blockers-notice" role="status">
        {steps.done}
      </p>
      {units.length > 0 && blockers.length === 0 && <p>{t('blockers.myUnit.empty')}</p>}
      <div className="blocker-cards">
        {blockers.map((blocker) => (
          <BlockerCard
            key={blocker.id}
            blocker={blocker}
            showProject
            onStep={(step) => steps.openStep(blocker, step)}
          />
        ))}
      </div>
      {units.length > 0 && <MyUnitActionItems />}
      {units.length > 0 && <UnitUnreported units={units} />}
      {steps.dialog}
    </section>
  );
}
