import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BulletinPeriod } from '../../../server/domain/bulletin.js';
import { useTRPC } from '../../lib/trpc.js';
import { periodLabel, trendQueries, type PeriodKind } from './bulletin-periods.js';
import { TrendChart, type TrendSeries } from './TrendChart.js';

/** Each unit's on-time rate over the shown period and the ones before it: one bulletin.get a period. */
export function BulletinTrend({ period, shown }: { period: PeriodKind; shown: BulletinPeriod }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queries = trendQueries(period, shown);
  const results = useQueries({ queries: queries.map((query) => trpc.bulletin.get.queryOptions(query)) });
  const title = t('bulletin.trend.title', { count: queries.length });
  if (results.some((r) => r.isPending)) return <p className="status">{t('bulletin.trend.loading')}</p>;
  const bulletins = results.flatMap((r) => (r.data ? [r.data] : []));
  if (bulletins.length !== queries.length) return null; // a failed period: the table above says enough
  const latest = bulletins[bulletins.length - 1]!;
  const series: TrendSeries[] = latest.units.map(({ unit }) => ({
    id: unit.id,
    name: unit.name,
    values: bulletins.map((b) => b.units.find((row) => row.unit.id === unit.id)?.onTimeRate ?? null),
  }));
  const hasData = series.some((s) => s.values.some((v) => v !== null));
  return (
    <section className="bulletin-trend" aria-labelledby="bulletin-trend-title">
      <h3 id="bulletin-trend-title">{title}</h3>
      {hasData ? (
        <TrendChart
          label={t('bulletin.trend.label')}
          periods={bulletins.map((b) => periodLabel(period, b.from))}
          series={series.filter((s) => s.values.some((v) => v !== null))}
        />
      ) : (
        <p className="bulletin__empty">{t('bulletin.trend.noData')}</p>
      )}
    </section>
  );
}
