import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from './ChartCard.js';
import { formatNumber, LIGHT_COLOURS, TEXT, TOOLTIP } from './chart-style.js';
import { boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

const ROW_HEIGHT = 26;

/** 序时进度 per unit: the share of its plan completed against the share of the year elapsed (the line). */
export function ProgressCard({ investment }: { investment: DashboardData['investment'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;
  const units = investment.units.filter((row) => row.plan > 0);
  const percent = (value: number) => t('dashboard.percent', { value: formatNumber(value, lang, 1) });
  const elapsed = percent(investment.elapsedPercent);
  const option = useMemo(
    () => ({
      textStyle: TEXT,
      tooltip: { ...TOOLTIP, valueFormatter: (v: number) => percent(v) },
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      // At least the whole year, so the time-elapsed line always shows.
      xAxis: {
        type: 'value',
        max: ({ max }: { max: number }) => Math.max(100, Math.ceil(max / 10) * 10),
        axisLabel: { ...TEXT, formatter: (v: number) => `${v}%` },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: units.map((row) => row.unit.name),
        axisLabel: { ...TEXT, width: 150, overflow: 'truncate' },
      },
      series: [
        {
          name: t('dashboard.progress.completedPercent'),
          type: 'bar',
          barMaxWidth: 22,
          data: units.map((row) => ({
            value: Math.round((row.progress.completedPercent ?? 0) * 10) / 10,
            itemStyle: { color: LIGHT_COLOURS[row.progress.light ?? 'none'] },
          })),
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#1f2933', type: 'dashed', width: 2 },
            label: { formatter: t('dashboard.progress.elapsed', { elapsed }), fontSize: 14, position: 'start' },
            data: [{ xAxis: investment.elapsedPercent }],
          },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [investment, lang],
  );
  const gap = (behind: number | null) => {
    if (behind === null) return t('dashboard.progress.noPlan');
    const points = formatNumber(Math.abs(behind), lang, 1);
    return behind > 0 ? t('dashboard.progress.behind', { points }) : t('dashboard.progress.ahead', { points });
  };
  return (
    <ChartCard
      className="dashboard-card--progress"
      title={t('dashboard.progress.title')}
      summary={t('dashboard.progress.summary', {
        elapsed,
        behind: units.filter((row) => (row.progress.behindPoints ?? 0) >= 10).length,
      })}
      chart={
        <EChart
          height={Math.max(260, units.length * ROW_HEIGHT + 50)}
          option={option}
          onSegment={({ dataIndex }) => navigate(boardHref({ unit: units[dataIndex]!.unit.id }))}
        />
      }
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.progress.unit')}</th>
              <th scope="col">{t('dashboard.progress.plan')}</th>
              <th scope="col">{t('dashboard.progress.completed')}</th>
              <th scope="col">{t('dashboard.progress.completedPercent')}</th>
              <th scope="col">{t('dashboard.progress.gap')}</th>
              <th scope="col">{t('dashboard.progress.light')}</th>
            </tr>
          </thead>
          <tbody>
            {investment.units.map((row) => (
              <tr key={row.unit.id}>
                <th scope="row">
                  <Link to={boardHref({ unit: row.unit.id })}>{row.unit.name}</Link>
                </th>
                <td>{formatNumber(row.plan, lang, 2)}</td>
                <td>{formatNumber(row.completed, lang, 2)}</td>
                <td>
                  {row.progress.completedPercent === null
                    ? t('dashboard.none')
                    : percent(row.progress.completedPercent)}
                </td>
                <td>{gap(row.progress.behindPoints)}</td>
                <td>{row.progress.light ? t(`light.${row.progress.light}`) : t('dashboard.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
