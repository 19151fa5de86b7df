import type { Card } from '../../lib/types.js';
import { useT } from '../../lib/use-t.js';

/** 难题堵点 on a card: how many are active and how old the oldest is; overdue ones stand out. */
export function BlockerBadge({ blockers }: { blockers: Card['blockers'] }) {
  const { t } = useT();
  if (blockers.open === 0) return null;
  const text = t('card.blockers', { count: blockers.open, days: blockers.oldestAgeDays ?? 0 });
  return (
    <span
      className={blockers.overdue ? 'card__blocker-badge card__blocker-badge--overdue' : 'card__blocker-badge'}
      title={blockers.overdue ? `${text} · ${t('card.blockersOverdue')}` : text}
    >
      <span aria-hidden="true">⚠</span> {text}
      {blockers.overdue && <span className="visually-hidden"> · {t('card.blockersOverdue')}</span>}
    </span>
  );
}
