import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from './ChartCard.js';
import { LIGHT_COLOURS, TEXT } from './chart-style.js';
import { boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

/**
 * Red projects week by week, from the daily snapshots (so later edits do not rewrite the past). A past
 * week's red projects may be green by now: a click opens the board's red projects of today.
 */
export function RedTrendCard({ trend }: { trend: DashboardData['redTrend'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const weeks = trend.map((week) => week.weekStart.slice(5));
  const option = useMemo(
    () => ({
      textStyle: TEXT,
      tooltip: {
        trigger: 'axis',
        confine: true,
        textStyle: { fontSize: 14 },
        formatter: (params: { dataIndex: number }[]) => {
          const week = trend[params[0]!.dataIndex]!;
          const head = t('dashboard.trend.weekLabel', { date: week.weekStart });
          const value =
            week.red === null ? t('dashboard.trend.noSnapshot') : `${t('dashboard.trend.red')}: ${week.red}`;
          return `${head}<br/>${value}<br/>${t('dashboard.trend.clickHint')}`;
        },
      },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: weeks, axisLabel: TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      series: [
        {
          name: t('dashboard.trend.red'),
          type: 'line',
          symbolSize: 10,
          itemStyle: { color: LIGHT_COLOURS.red },
          lineStyle: { width: 3 },
          label: { show: true, fontSize: 14, position: 'top' },
          data: trend.map((week) => week.red),
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trend, i18n.language],
  );
  const known = trend.filter((week) => week.red !== null);
  const [first, latest] = [known[0], known.at(-1)];
  const summary =
    !first || !latest
      ? t('dashboard.trend.summaryEmpty')
      : first === latest
        ? t('dashboard.trend.summaryOne', { latest: latest.red })
        : t('dashboard.trend.summary', {
            latest: latest.red,
            first: first.red,
            count: trend.indexOf(latest) - trend.indexOf(first),
          });
  return (
    <ChartCard
      className="dashboard-card--trend"
      title={t('dashboard.trend.title', { count: trend.length })}
      summary={summary}
      chart={<EChart height={300} option={option} onSegment={() => navigate(boardHref({ light: 'red' }))} />}
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.trend.week')}</th>
              <th scope="col">{t('dashboard.trend.day')}</th>
              <th scope="col">{t('dashboard.trend.red')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{week.weekStart}</th>
                <td>{week.day ?? t('dashboard.trend.noSnapshot')}</td>
                <td>{week.red ?? t('dashboard.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      tools={<Link to={boardHref({ light: 'red' })}>{t('dashboard.openBoard')}</Link>}
    />
  );
}
