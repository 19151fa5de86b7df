import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { blockerLabelsFor } from '../../../server/domain/blockers.js';
import { BLOCKER_AGE_BANDS } from '../../../server/domain/dashboard.js';
import { ChartCard } from './ChartCard.js';
import { AGE_COLOURS, TEXT, TOOLTIP } from './chart-style.js';
import { blockersHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

/** Open blockers by category, stacked by how long they have been open; a bar opens the list of that category. */
export function BlockersCard({ blockers }: { blockers: DashboardData['blockers'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const labels = blockerLabelsFor(i18n.language);
  const rows = blockers.categories;
  const option = useMemo(
    () => ({
      textStyle: TEXT,
      tooltip: TOOLTIP,
      legend: { bottom: 0, textStyle: TEXT },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => labels.category[row.category]),
        axisLabel: TEXT,
      },
      series: BLOCKER_AGE_BANDS.map((band, index) => ({
        name: t(`dashboard.blockers.ages.${band}`),
        type: 'bar',
        stack: 'ages',
        barMaxWidth: 22,
        itemStyle: { color: AGE_COLOURS[index] },
        data: rows.map((row) => row.ages[band]),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [blockers, i18n.language],
  );
  return (
    <ChartCard
      className="dashboard-card--blockers"
      title={t('dashboard.blockers.title')}
      summary={t('dashboard.blockers.summary', { total: blockers.total, over90: blockers.ages.over90 })}
      tools={<Link to={blockersHref()}>{t('dashboard.blockers.openList')}</Link>}
      chart={
        <EChart
          height={300}
          option={option}
          onSegment={({ dataIndex }) => navigate(blockersHref(rows[dataIndex]!.category))}
        />
      }
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.blockers.category')}</th>
              {BLOCKER_AGE_BANDS.map((band) => (
                <th scope="col" key={band}>
                  {t(`dashboard.blockers.ages.${band}`)}
                </th>
              ))}
              <th scope="col">{t('dashboard.blockers.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category}>
                <th scope="row">
                  <Link to={blockersHref(row.category)}>{labels.category[row.category]}</Link>
                </th>
                {BLOCKER_AGE_BANDS.map((band) => (
                  <td key={band}>{row.ages[band]}</td>
                ))}
                <td>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
