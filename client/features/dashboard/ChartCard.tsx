import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, a one-sentence summary (what a screen reader hears instead of the drawing),
 * and the same figures as a table behind "show the figures", every figure there a link like its segment.
 */
export function ChartCard({
  title,
  summary,
  tools,
  chart,
  table,
  className = '',
}: {
  title: string;
  summary: string;
  tools?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={`dashboard-card ${className}`} aria-labelledby={`${id}-title`}>
      <div className="dashboard-card__head">
        <h3 id={`${id}-title`}>{title}</h3>
        {tools}
      </div>
      <p className="dashboard-card__summary">{summary}</p>
      {chart}
      <details className="dashboard-card__table">
        <summary>{t('dashboard.showTable')}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </section>
  );
}
