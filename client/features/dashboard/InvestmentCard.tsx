import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from './ChartCard.js';
import { formatNumber, TEXT } from './chart-style.js';
import { boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

type Investment = DashboardData['investment'];

/**
 * Investment completed against the year's plan, month by month, for the district or one owner unit:
 * each month's amount (bars), the running total and the plan's time share (lines). A click opens the
 * board with the projects counted (the unit's, or every one).
 */
export function InvestmentCard({ investment }: { investment: Investment }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [unitId, setUnitId] = useState<number | null>(null);
  const unitRow = investment.units.find((row) => row.unit.id === unitId);
  const series = unitRow ?? investment.district;
  const scope = unitRow ? unitRow.unit.name : t('dashboard.investment.district');
  const lang = i18n.language;
  const amount = (value: number) => formatNumber(value, lang, 2);
  const months = series.months.map((m) => t('dashboard.investment.monthLabel', { month: m.month }));
  const option = useMemo(
    () => ({
      textStyle: TEXT,
      tooltip: { trigger: 'axis', confine: true, textStyle: { fontSize: 14 }, valueFormatter: amount },
      legend: { bottom: 0, textStyle: TEXT },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: months, axisLabel: TEXT },
      yAxis: { type: 'value', axisLabel: { ...TEXT, formatter: (v: number) => formatNumber(v, lang) } },
      series: [
        {
          name: t('dashboard.investment.completed'),
          type: 'bar',
          itemStyle: { color: '#2f6fb0' },
          data: series.months.map((m) => m.completed),
        },
        {
          name: t('dashboard.investment.cumulative'),
          type: 'line',
          itemStyle: { color: '#2e7d32' },
          lineStyle: { width: 3 },
          data: series.months.map((m) => (m.month <= Math.max(investment.monthsEnded, 1) ? m.cumulative : null)),
        },
        {
          name: t('dashboard.investment.planToDate'),
          type: 'line',
          itemStyle: { color: '#5f6b7a' },
          lineStyle: { type: 'dashed', width: 2 },
          symbol: 'none',
          data: series.months.map((m) => m.planToDate),
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, lang],
  );
  const percent = (value: number | null) =>
    value === null ? t('dashboard.none') : t('dashboard.percent', { value: formatNumber(value, lang, 1) });
  const href = boardHref(unitRow ? { unit: unitRow.unit.id } : {});
  return (
    <ChartCard
      className="dashboard-card--investment"
      title={t('dashboard.investment.title', { year: investment.year })}
      summary={
        series.plan > 0
          ? t('dashboard.investment.summary', {
              scope,
              plan: amount(series.plan),
              completed: amount(series.completed),
              percent: percent(series.progress.completedPercent),
              elapsed: percent(investment.elapsedPercent),
            })
          : t('dashboard.investment.noPlan', { scope })
      }
      tools={
        <div className="field dashboard-card__scope">
          <label htmlFor={`${id}-scope`}>{t('dashboard.investment.scope')}</label>
          <select
            id={`${id}-scope`}
            value={unitId ?? ''}
            onChange={(e) => setUnitId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('dashboard.investment.district')}</option>
            {investment.units.map((row) => (
              <option key={row.unit.id} value={row.unit.id}>
                {row.unit.name}
              </option>
            ))}
          </select>
        </div>
      }
      chart={<EChart height={300} option={option} onSegment={() => navigate(href)} />}
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.investment.month')}</th>
              <th scope="col">{t('dashboard.investment.completed')}</th>
              <th scope="col">{t('dashboard.investment.cumulative')}</th>
              <th scope="col">{t('dashboard.investment.planToDate')}</th>
            </tr>
          </thead>
          <tbody>
            {series.months.map((m, index) => (
              <tr key={m.month}>
                <th scope="row">
                  <Link to={href}>{months[index]}</Link>
                </th>
                <td>{amount(m.completed)}</td>
                <td>{amount(m.cumulative)}</td>
                <td>{amount(m.planToDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
