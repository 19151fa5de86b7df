import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { describeError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { useTRPC } from '../../lib/trpc.js';
import { QueryState } from '../../ui/QueryState.js';
import { NotPermittedPage } from '../../ui/NotPermittedPage.js';
import { useActor } from '../auth/use-session.js';
import { InvestmentSettingsForm } from './InvestmentSettingsForm.js';
import './investment.css';

/**
 * The admin's page for monthly investment: the month being reported, its due date and lock, every unit's
 * count of projects not yet reported, and the thresholds and reminder.
 */
export function InvestmentPage() {
  const actor = useActor();
  const { t } = useTranslation();
  if (!can(actor, 'manageInvestment')) {
    return <NotPermittedPage title={t('investment.admin.title')} message={t('investment.admin.denied')} />;
  }
  return <InvestmentScreen />;
}

function InvestmentScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overview = useQuery(trpc.investment.overview.queryOptions());
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');
  const after = (key: 'lockedDone' | 'unlockedDone') => ({
    onSuccess: async (_: unknown, period: { year: number; month: number }) => {
      setFailure('');
      setNotice(t(`investment.admin.${key}`, period));
      await queryClient.invalidateQueries({ queryKey: trpc.investment.pathKey() });
    },
    onError: (error: unknown) => setFailure(describeError(error, t)),
  });
  const lock = useMutation(trpc.investment.lock.mutationOptions(after('lockedDone')));
  const unlock = useMutation(trpc.investment.unlock.mutationOptions(after('unlockedDone')));

  return (
    <article className="page investment-admin" aria-labelledby="investment-admin-title">
      <h2 className="page__title" id="investment-admin-title">
        {t('investment.admin.title')}
      </h2>
      <p>{t('investment.admin.intro')}</p>
      <p className="investment__notice" role="status">
        {notice}
      </p>
      {failure && (
        <p className="status status--error" role="alert">
          {failure}
        </p>
      )}
      <QueryState query={overview} loading={t('investment.admin.loading')}>
        {(data) => (
          <>
            <dl className="investment-admin__facts">
              <dt>{t('investment.admin.month')}</dt>
              <dd>{t('investment.admin.monthValue', { ...data.period })}</dd>
              <dt>{t('investment.admin.due')}</dt>
              <dd>{data.dueDate}</dd>
              <dt>{t('investment.admin.lockState')}</dt>
              <dd>
                {data.lock
                  ? t('investment.admin.lockedBy', {
                      by: data.lock.lockedByName,
                      at: formatDateTime(data.lock.lockedAt, undefined, { seconds: false }),
                    })
                  : t('investment.admin.open')}
                {data.lock ? (
                  <button type="button" disabled={unlock.isPending} onClick={() => unlock.mutate(data.period)}>
                    {t('investment.admin.unlock')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="primary"
                    disabled={lock.isPending}
                    onClick={() => lock.mutate(data.period)}
                  >
                    {t('investment.admin.lock')}
                  </button>
                )}
              </dd>
            </dl>
            <h3>{t('investment.admin.unitsTitle')}</h3>
            {data.units.length === 0 ? (
              <p>{t('investment.admin.none')}</p>
            ) : (
              <div className="table-scroll">
                <table className="investment__table" aria-label={t('investment.admin.unitsLabel')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('investment.admin.unit')}</th>
                      <th scope="col" className="investment__amount">
                        {t('investment.admin.projects')}
                      </th>
                      <th scope="col" className="investment__amount">
                        {t('investment.admin.unreported')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.units.map((unit) => (
                      <tr key={unit.id}>
                        <th scope="row">{unit.name}</th>
                        <td className="investment__amount">{unit.projectCount}</td>
                        <td className={unit.unreportedCount > 0 ? 'investment__amount missed' : 'investment__amount'}>
                          {unit.unreportedCount}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
      <InvestmentSettingsForm />
    </article>
  );
}
