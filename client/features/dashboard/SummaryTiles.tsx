import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from './chart-style.js';
import { blockersHref, boardHref } from './dashboard-links.js';
import type { DashboardData } from './dashboard-types.js';

/** The four figures a meeting starts from, each a link to what it counts. */
export function SummaryTiles({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const red = data.stages.reduce((sum, row) => sum + row.lights.red, 0);
  const { district, elapsedPercent } = data.investment;
  const percent = (value: number | null) =>
    value === null ? t('dashboard.none') : t('dashboard.percent', { value: formatNumber(value, lang, 1) });
  return (
    <ul className="dashboard-tiles">
      <li>
        <Link to={boardHref({})} className="dashboard-tile">
          <span className="dashboard-tile__label">{t('dashboard.tiles.projects')}</span>
          <span className="dashboard-tile__value">{data.projectCount}</span>
        </Link>
      </li>
      <li>
        <Link to={boardHref({ light: 'red' })} className="dashboard-tile dashboard-tile--red">
          <span className="dashboard-tile__label">{t('dashboard.tiles.red')}</span>
          <span className="dashboard-tile__value">{red}</span>
        </Link>
      </li>
      <li>
        <Link to={boardHref({})} className="dashboard-tile">
          <span className="dashboard-tile__label">{t('dashboard.tiles.investment')}</span>
          <span className="dashboard-tile__value">
            {t('dashboard.tiles.investmentValue', {
              completed: formatNumber(district.completed, lang),
              plan: formatNumber(district.plan, lang),
            })}
          </span>
          <span className="dashboard-tile__note">
            {t('dashboard.tiles.progress', {
              completed: percent(district.progress.completedPercent),
              elapsed: percent(elapsedPercent),
            })}
          </span>
        </Link>
      </li>
      <li>
        <Link to={blockersHref()} className="dashboard-tile">
          <span className="dashboard-tile__label">{t('dashboard.tiles.blockers')}</span>
          <span className="dashboard-tile__value">{data.blockers.total}</span>
        </Link>
      </li>
    </ul>
  );
}
