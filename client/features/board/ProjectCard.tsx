import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { NextMilestone } from '../schedule/NextMilestone.js';
import { BlockerBadge } from './BlockerBadge.js';
import { formatAmount } from './format.js';

/** The card as people read it; the sortable wrapper and the drag overlay both render this. */
export const ProjectCard = memo(function ProjectCard({ card, isOverlay = false }: { card: Card; isOverlay?: boolean }) {
  const { t, i18n } = useTranslation();
  const { schedule } = card;
  return (
    <article
      className={`card card--${schedule.light ?? 'none'}${isOverlay ? ' card--overlay' : ''}`}
      aria-label={`${card.code} ${card.name}`}
    >
      <header className="card__head">
        <span className="card__code">{card.code}</span>
        <LightBadge light={schedule.light} />
      </header>
      <h3 className="card__name">{isOverlay ? card.name : <Link to={`/projects/${card.id}`}>{card.name}</Link>}</h3>
      <BlockerBadge blockers={card.blockers} />
      <NextMilestone next={schedule.next} />
      <p className={schedule.isTargetMissed ? 'card__dates card__dates--missed' : 'card__dates'}>
        {t('schedule.projectedVsTarget', { projected: schedule.projectedFinish ?? '—', target: card.targetDate })}
      </p>
      <dl className="card__facts">
        <dt>{t('card.owner')}</dt>
        <dd>{card.ownerUnit.name}</dd>
        <dt>{t('card.totalInvestment')}</dt>
        <dd>{t('card.amount', { amount: formatAmount(card.totalInvestment, i18n.language) })}</dd>
      </dl>
    </article>
  );
});
