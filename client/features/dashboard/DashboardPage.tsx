import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../ui/QueryState.js';
import { useTRPC } from '../../lib/trpc.js';
import { BlockersCard } from './BlockersCard.js';
import { InvestmentCard } from './InvestmentCard.js';
import { ProgressCard } from './ProgressCard.js';
import { RedTrendCard } from './RedTrendCard.js';
import { StageLightsCard } from './StageLightsCard.js';
import { SummaryTiles } from './SummaryTiles.js';
import { UnitLightsCard } from './UnitLightsCard.js';
import './dashboard.css';

/**
 * The dashboard (总览): the portfolio at a glance for leaders and the wall screen, and a viewer's first
 * screen. Loaded with its route only (React.lazy), and ECharts only when its first chart mounts.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.dashboard.get.queryOptions());
  return (
    <section className="page dashboard" aria-labelledby="dashboard-title">
      <div className="dashboard__head">
        <h2 className="page__title" id="dashboard-title">
          {t('dashboard.title')}
          {dashboard.data && (
            <span className="dashboard__as-of"> {t('dashboard.asOf', { today: dashboard.data.today })}</span>
          )}
        </h2>
        <button type="button" className="dashboard__print" onClick={() => window.print()}>
          {t('dashboard.print')}
        </button>
      </div>
      <p className="page__intro">{t('dashboard.intro')}</p>
      <QueryState query={dashboard} loading={t('dashboard.loading')}>
        {(data) => (
          <>
            <SummaryTiles data={data} />
            <div className="dashboard__grid">
              <StageLightsCard stages={data.stages} />
              <UnitLightsCard units={data.units} />
              <RedTrendCard trend={data.redTrend} />
              <InvestmentCard investment={data.investment} />
              <ProgressCard investment={data.investment} />
              <BlockersCard blockers={data.blockers} />
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
