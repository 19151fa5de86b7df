import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChartCard } from './ChartCard.js';
import { DASHBOARD_LIGHTS, LIGHT_COLOURS, TEXT, TOOLTIP } from './chart-style.js';
import { boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';
import { EChart } from './EChart.js';

const ROW_HEIGHT = 26;

/** Lights by owner unit, worst at the top; a segment opens the board with that unit's projects of that light. */
export function UnitLightsCard({ units }: { units: DashboardData['units'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
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
        data: units.map((row) => row.unit.name),
        axisLabel: { ...TEXT, width: 150, overflow: 'truncate' },
      },
      series: DASHBOARD_LIGHTS.map((light) => ({
        name: t(`light.${light}`),
        type: 'bar',
        stack: 'lights',
        barMaxWidth: 22,
        itemStyle: { color: LIGHT_COLOURS[light] },
        data: units.map((row) => row.lights[light]),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [units, i18n.language],
  );
  const worst = units[0];
  return (
    <ChartCard
      className="dashboard-card--units"
      title={t('dashboard.units.title')}
      summary={
        worst && worst.lights.red > 0
          ? t('dashboard.units.summary', { count: units.length, worst: worst.unit.name, red: worst.lights.red })
          : t('dashboard.units.summaryNone', { count: units.length })
      }
      chart={
        <EChart
          height={Math.max(260, units.length * ROW_HEIGHT + 70)}
          option={option}
          onSegment={({ seriesIndex, dataIndex }) =>
            navigate(boardHref({ unit: units[dataIndex]!.unit.id, light: DASHBOARD_LIGHTS[seriesIndex]! }))
          }
        />
      }
      table={
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.units.unit')}</th>
              {DASHBOARD_LIGHTS.map((light) => (
                <th scope="col" key={light}>
                  {t(`light.${light}`)}
                </th>
              ))}
              <th scope="col">{t('dashboard.units.total')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((row) => (
              <tr key={row.unit.id}>
                <th scope="row">{row.unit.name}</th>
                {DASHBOARD_LIGHTS.map((light) => (
                  <td key={light}>
                    <Link to={boardHref({ unit: row.unit.id, light })}>{row.lights[light]}</Link>
                  </td>
                ))}
                <td>
                  <Link to={boardHref({ unit: row.unit.id })}>{row.total}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
