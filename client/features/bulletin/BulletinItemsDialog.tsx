import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bulletinLabels, type BulletinFigure } from '../../../server/domain/bulletin.js';
import type { TBulletinQuery } from '../../../server/domain/meeting-input.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { ModalDialog } from '../../ui/ModalDialog.js';

/** What one figure counts, item by item with its dates, so the figure can be checked by hand. */
export function BulletinItemsDialog({
  query,
  unit,
  figure,
  onClose,
}: {
  query: TBulletinQuery;
  unit: { id: number; name: string };
  figure: BulletinFigure;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const titleId = useId();
  const items = useQuery(trpc.bulletin.items.queryOptions({ query, unitId: unit.id, figure }));
  const figureName = bulletinLabels[i18n.language === 'en' ? 'en' : 'zh'].figures[figure];
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <div className="bulletin-items">
        <h2 id={titleId}>{t('bulletin.items.title', { unit: unit.name, figure: figureName })}</h2>
        {items.isPending ? (
          <p className="status">{t('bulletin.items.loading')}</p>
        ) : items.isError ? (
          <p className="status status--error" role="alert">
            {describeError(items.error, t)}
          </p>
        ) : items.data.length === 0 ? (
          <p>{t('bulletin.items.empty')}</p>
        ) : (
          <ol className="bulletin-items__list">
            {items.data.map((item) => (
              <li key={`${item.type}-${item.id}`}>
                <span className="bulletin-items__type">{t(`bulletin.items.type.${item.type}`)}</span>{' '}
                {item.project ? <Link to={`/projects/${item.project.id}`}>{item.title}</Link> : item.title}
                <span className="bulletin-items__dates">
                  {t('bulletin.items.date')} {item.date} ·{' '}
                  {item.doneOn ? `${t('bulletin.items.done')} ${item.doneOn}` : t('bulletin.items.notDone')}
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className="dialog__actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('bulletin.items.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
