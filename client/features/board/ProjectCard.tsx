import { memo } from 'react';
import { Link } from 'react-router';
import type { Card } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { LightReason } from '../schedule/LightReason.js';
import { NextMilestone } from '../schedule/NextMilestone.js';
import type { PendingState } from './board-moves.js';
import { BlockerBadge } from './BlockerBadge.js';
import { InvestmentBadge } from '../investment/InvestmentBadge.js';
import { formatAmount } from '../../lib/format.js';
import { useT } from '../../lib/use-t.js';

/**
 * The card as people read it — "is this on time?" first: light, next milestone and days left,
 * projected finish against target, blockers; then who owns it and what it is worth. The sortable
 * wrapper and the drag overlay both render this.
 */
export const ProjectCard = memo(function ProjectCard({
  card,
  isOverlay = false,
  pending,
}: {
  card: Card;
  isOverlay?: boolean;
  /** Its move is not answered yet: it looks moved, so it says it is not saved. */
  pending?: PendingState | undefined;
}) {
  const { t, language } = useT();
  const { schedule } = card;
  const amount = (value: string) => t('card.amount', { amount: formatAmount(value, language) });
  return (
    <article
      className={`card card--${schedule.light ?? 'none'}${isOverlay ? ' card--overlay' : ''}${pending ? ' card--pending' : ''}`}
      aria-label={`${card.code} ${card.name}`}
      aria-busy={pending ? true : undefined}
    >
      <header className="card__head">
        <span className="card__code">{card.code}</span>
        {pending && (
          <span
            className={`card__pending card__pending--${pending}`}
            data-testid="card-pending"
            title={pending === 'waiting' ? t('moves.pending.waitingHint') : undefined}
          >
            {t(`moves.pending.${pending}`)}
          </span>
        )}
        <span className="card__lights">
          <InvestmentBadge investment={card.investment} />
          <LightBadge light={schedule.light} />
        </span>
      </header>
      <h3 className="card__name" title={card.name}>
        {isOverlay ? card.name : <Link to={`/projects/${card.id}`}>{card.name}</Link>}
      </h3>
      <LightReason reason={schedule.reason} className="card__reason" />
      <NextMilestone next={schedule.next} />
      <div className="card__line">
        <p className={schedule.isTargetMissed ? 'card__dates card__dates--missed' : 'card__dates'}>
          {schedule.isFinished
            ? t('schedule.finishedVsTarget', { finished: schedule.projectedFinish, target: card.targetDate })
            : t('schedule.projectedVsTarget', { projected: schedule.projectedFinish ?? '—', target: card.targetDate })}
        </p>
        <BlockerBadge blockers={card.blockers} />
      </div>
      <dl className="card__facts">
        <div className="card__fact card__fact--owner">
          <dt className="visually-hidden">{t('card.owner')}</dt>
          <dd title={card.ownerUnit.name}>{card.ownerUnit.name}</dd>
        </div>
        <div className="card__fact">
          <dt>{t('card.totalInvestment')}</dt>
          <dd>{amount(card.totalInvestment)}</dd>
        </div>
        <div className="card__fact">
          <dt>{t('card.plannedInvestment')}</dt>
          <dd>{amount(card.plannedInvestment)}</dd>
        </div>
      </dl>
    </article>
  );
});
