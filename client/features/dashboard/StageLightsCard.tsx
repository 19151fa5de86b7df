import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from './ChartCard.js';
import { DASHBOARD_LIGHTS, LIGHT_COLOURS, TEXT, TOOLTIP } from './chart-style.js';
import { boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

/** Projects by stage, stacked by light; a segment opens the board with that stage and light. */
export function StageLightsCard({ stages }: { stages: DashboardData['stages'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo(
    () => ({
      textStyle: TEXT,
      tooltip: TOOLTIP,
      legend: { bottom: 0, textStyle: TEXT },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: stages.map((row) => t(`stage.${row.stage}`)), axisLabel: TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      series: DASHBOARD_LIGHTS.map((light) => ({
        name: t(`light.${light}`),
        type: 'bar',
        stack: 'lights',
        barMaxWidth: 90,
        itemStyle: { color: LIGHT_COLOURS[light] },
        label: { show: true, fontSize: 14, formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
        data: stages.map((row) => row.lights[light]),
      })),
    }),
    // The words change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stages, i18n.language],
  );
  const items = stages
    .map((row) => t('dashboard.stages.item', { stage: t(`stage.${row.stage}`), ...row.lights }))
    .join(t('dashboard.stages.separator'));
  return (
    <ChartCard
      className="dashboard-card--stages"
      title={t('dashboard.stages.title')}
      summary={t('dashboard.stages.summary', { items })}
      chart={
        <EChart
          height={300}
          option={option}
          onSegment={({ seriesIndex, dataIndex }) =>
            navigate(boardHref({ stage: stages[dataIndex]!.stage, light: DASHBOARD_LIGHTS[seriesIndex]! }))
          }
        />
      }
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.stages.stage')}</th>
              {DASHBOARD_LIGHTS.map((light) => (
                <th scope="col" key={light}>
                  {t(`light.${light}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stages.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{t(`stage.${row.stage}`)}</th>
                {DASHBOARD_LIGHTS.map((light) => (
                  <td key={light}>
                    <Link to={boardHref({ stage: row.stage, light })}>{row.lights[light]}</Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
