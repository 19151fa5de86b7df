import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BulletinFigure } from '../../../server/domain/bulletin.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { BulletinItemsDialog } from './BulletinItemsDialog.js';
import { BulletinTable } from './BulletinTable.js';
import { paramsOfQuery, queryOfParams, shiftPeriod, xlsxHref, type PeriodKind } from './bulletin-periods.js';
import { BulletinTrend } from './BulletinTrend.js';
import './bulletin.css';

/**
 * The bulletin (通报): per owner unit, the period's figures ranked by on-time rate, each figure opening
 * the list it counts; the units' trend over the last periods; print and Excel. Loaded with its route
 * only (React.lazy), so the board's first load does not carry it.
 */
export default function BulletinPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = queryOfParams(params);
  const period: PeriodKind = query.period ?? 'week';
  const bulletin = useQuery(trpc.bulletin.get.queryOptions(query));
  const [opened, setOpened] = useState<{ unit: { id: number; name: string }; figure: BulletinFigure } | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const go = (next: typeof query) => setParams(paramsOfQuery(next));
  const shown = bulletin.data && { from: bulletin.data.from, to: bulletin.data.to };

  return (
    <section className="page bulletin" aria-labelledby="bulletin-title">
      <div className="bulletin__head">
        <h2 className="page__title" id="bulletin-title">
          {t('bulletin.title')}
          {shown && <span className="bulletin__range"> {t('bulletin.range', shown)}</span>}
        </h2>
        <div className="bulletin__actions">
          <button type="button" onClick={() => window.print()}>
            {t('bulletin.print')}
          </button>
          <a className="button-link" href={xlsxHref(shown ? { ...query, ...shown } : query, lang)} download>
            {t('bulletin.download')}
          </a>
        </div>
      </div>
      <p className="page__intro">{t('bulletin.intro')}</p>
      <form className="bulletin__controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('bulletin.period')}</label>
          <select
            id={`${id}-period`}
            value={period}
            onChange={(e) => {
              const next = e.target.value as PeriodKind;
              const from = shown?.from;
              go(
                next === 'custom'
                  ? { period: next, from: from ?? '', to: shown?.to ?? '' }
                  : { period: next, ...(from && { from }) },
              );
            }}
          >
            {(['week', 'month', 'custom'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`bulletin.periods.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {period === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('bulletin.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={query.from ?? ''}
                onChange={(e) => e.target.value && go({ ...query, from: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('bulletin.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={query.to ?? ''}
                onChange={(e) => e.target.value && go({ ...query, to: e.target.value })}
              />
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('bulletin.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={shown?.from ?? ''}
              onChange={(e) => e.target.value && go({ period, from: e.target.value })}
            />
          </div>
        )}
        <button type="button" disabled={!shown} onClick={() => shown && go(shiftPeriod(period, shown, -1))}>
          ‹ {t('bulletin.previous')}
        </button>
        <button type="button" disabled={!shown} onClick={() => shown && go(shiftPeriod(period, shown, 1))}>
          {t('bulletin.next')} ›
        </button>
      </form>
      {bulletin.isPending ? (
        <p className="status">{t('bulletin.loading')}</p>
      ) : bulletin.isError ? (
        <p className="status status--error" role="alert">
          {describeError(bulletin.error, t)}
        </p>
      ) : (
        <>
          <p className="bulletin__as-of">{t('bulletin.asOf', { today: bulletin.data.today })}</p>
          <BulletinTable rows={bulletin.data.units} onOpen={(unit, figure) => setOpened({ unit, figure })} />
          <BulletinTrend period={period} shown={{ from: bulletin.data.from, to: bulletin.data.to }} />
        </>
      )}
      {opened && (
        <BulletinItemsDialog query={query} unit={opened.unit} figure={opened.figure} onClose={() => setOpened(null)} />
      )}
    </section>
  );
}
