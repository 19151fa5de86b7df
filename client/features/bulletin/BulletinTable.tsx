import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../server/api/router.js';
import { BULLETIN_FIGURES, bulletinLabels, type BulletinFigure } from '../../../server/domain/bulletin.js';

export type BulletinRow = inferRouterOutputs<AppRouter>['bulletin']['get']['units'][number];

/** Figures that count what went wrong: shown red when not zero. */
const BAD: ReadonlySet<BulletinFigure> = new Set(['milestonesLate', 'blockersOpen', 'actionItemsOverdue']);

export function formatRate(rate: number | null, language: string, none: string): string {
  if (rate === null) return none;
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);
}

/** The ranked table; every figure is a button that opens the items it counts. */
export function BulletinTable({
  rows,
  onOpen,
}: {
  rows: BulletinRow[];
  onOpen(unit: BulletinRow['unit'], figure: BulletinFigure): void;
}) {
  const { t, i18n } = useTranslation();
  const labels = bulletinLabels[i18n.language === 'en' ? 'en' : 'zh'];
  if (rows.length === 0) return <p className="bulletin__empty">{t('bulletin.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="bulletin-table" aria-label={t('bulletin.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{labels.rank}</th>
            <th scope="col">{labels.unit}</th>
            <th scope="col">{labels.onTimeRate}</th>
            {BULLETIN_FIGURES.map((figure) => (
              <th scope="col" key={figure}>
                {labels.figures[figure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <td className="bulletin-table__rank">{row.rank ?? '—'}</td>
              <th scope="row">{row.unit.name}</th>
              <td className="bulletin-table__rate">
                {formatRate(row.onTimeRate, i18n.language, t('bulletin.noRate'))}
              </td>
              {BULLETIN_FIGURES.map((figure) => {
                const count = row[figure];
                const isBad = BAD.has(figure) && count > 0;
                return (
                  <td key={figure} className="bulletin-table__figure">
                    <button
                      type="button"
                      className={`bulletin-figure${isBad ? ' bulletin-figure--bad' : ''}${count === 0 ? ' bulletin-figure--zero' : ''}`}
                      aria-label={t('bulletin.figureLabel', {
                        unit: row.unit.name,
                        figure: labels.figures[figure],
                        count,
                      })}
                      onClick={() => onOpen(row.unit, figure)}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
