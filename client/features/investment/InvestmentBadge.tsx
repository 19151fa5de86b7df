import type { Card } from '../../lib/types.js';
import './investment.css';
import { useT } from '../../lib/use-t.js';

export type CardInvestment = Card['investment'];

/** What the investment light says, in words: the light and how far behind (or ahead of) 序时进度. */
export function useInvestmentLabel() {
  const { t } = useT();
  return (investment: NonNullable<CardInvestment>): string => {
    if (investment.light === null) return t('investment.light.none');
    const light = t(`light.${investment.light}`);
    const points = Math.abs(investment.behindPoints);
    if (investment.behindPoints > 0) return t('investment.light.behind', { light, points });
    if (investment.behindPoints < 0) return t('investment.light.ahead', { light, points });
    return t('investment.light.even', { light });
  };
}

/**
 * The investment light: a small square "投" in the light's colour, never the round schedule light, so
 * the two are not read as one. Nothing for a project without a plan this year.
 */
export function InvestmentBadge({ investment, isWide = false }: { investment: CardInvestment; isWide?: boolean }) {
  const { t } = useT();
  const label = useInvestmentLabel();
  if (!investment) return null;
  const text = label(investment);
  const key = investment.light ?? 'none';
  return (
    <span
      className={`invest-light invest-light--${key}${isWide ? ' invest-light--wide' : ''}`}
      data-investment-light={key}
      role="img"
      aria-label={text}
      title={text}
    >
      <span aria-hidden="true" className="invest-light__mark">
        {t('investment.badge')}
      </span>
      {isWide && <span aria-hidden="true">{text}</span>}
    </span>
  );
}
