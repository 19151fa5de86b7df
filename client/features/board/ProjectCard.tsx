import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../lib/types.js';
import { formatAmount } from './format.js';

/** The card as people read it; the sortable wrapper and the drag overlay both render this. */
export const ProjectCard = memo(function ProjectCard({ card, isOverlay = false }: { card: Card; isOverlay?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <article className={isOverlay ? 'card card--overlay' : 'card'} aria-label={`${card.code} ${card.name}`}>
      <header className="card__head">
        <span className="card__code">{card.code}</span>
        <span className="card__target" title={t('card.target')}>
          {card.targetDate}
        </span>
      </header>
      <h3 className="card__name">{card.name}</h3>
      <dl className="card__facts">
        <dt>{t('card.owner')}</dt>
        <dd>{card.ownerUnit.name}</dd>
        <dt>{t('card.totalInvestment')}</dt>
        <dd>{t('card.amount', { amount: formatAmount(card.totalInvestment, i18n.language) })}</dd>
      </dl>
    </article>
  );
});
