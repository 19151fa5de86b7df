import { useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { overLimitBy } from '../../../server/domain/stage-limits.js';
import type { Stage } from '../../../server/domain/stages.js';
import type { Card } from '../../lib/types.js';
import { BoardHeadsContext } from './board-heads.js';
import { columnStats } from './column-stats.js';
import { formatAmount } from '../../lib/format.js';
import { StageLimitDialog } from './StageLimitDialog.js';

/**
 * A column's header: how many projects and how much investment it holds, how many are red, yellow
 * or blocked, and a warning when it holds more than the stage's limit. With filters on, the numbers
 * are those of the cards shown; the limit always counts the whole column.
 */
export function ColumnHead({ stage, cards, headingId }: { stage: Stage; cards: readonly Card[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const { limits, fullCounts, isFiltered, canSetLimits } = useContext(BoardHeadsContext);
  const [isEditing, setEditing] = useState(false);
  const stats = useMemo(() => columnStats(cards), [cards]);
  const limit = limits[stage];
  const count = isFiltered ? fullCounts[stage] : stats.count;
  const over = overLimitBy(count, limit);
  const amount = (value: string) => t('board.amountShort', { amount: formatAmount(value, i18n.language) });
  return (
    <header className={over > 0 ? 'column__head column__head--over' : 'column__head'}>
      <div className="column__title">
        <h2 id={headingId}>{t(`stage.${stage}`)}</h2>
        <span className="column__count">
          {isFiltered
            ? t('board.columnShownOf', { shown: stats.count, total: fullCounts[stage] })
            : t('board.count', { count: stats.count })}
        </span>
        {limit !== undefined && over === 0 && <span className="column__limit">{t('board.limit', { limit })}</span>}
        {canSetLimits && (
          <button
            type="button"
            className="column__limit-button"
            aria-label={t('board.setLimitLabel', { stage: t(`stage.${stage}`) })}
            onClick={() => setEditing(true)}
          >
            {t('board.setLimit')}
          </button>
        )}
      </div>
      {over > 0 && limit !== undefined && (
        <p className="column__over">
          <span aria-hidden="true">⚠</span> {t('board.overLimit', { count, limit })}
        </p>
      )}
      <p className="column__money">
        <span>
          {t('board.totalInvestment')} <strong>{amount(stats.totalInvestment)}</strong>
        </span>
        <span>
          {t('board.plannedInvestment')} <strong>{amount(stats.plannedInvestment)}</strong>
        </span>
      </p>
      <p className="column__stats">
        <span className="column__stat column__stat--red">
          <span aria-hidden="true">✖</span> {t('board.redCount', { count: stats.red })}
        </span>
        <span className="column__stat column__stat--yellow">
          <span aria-hidden="true">▲</span> {t('board.yellowCount', { count: stats.yellow })}
        </span>
        <span className="column__stat column__stat--blocked">
          <span aria-hidden="true">⚠</span> {t('board.blockedCount', { count: stats.blocked })}
        </span>
      </p>
      <p className="column__hint">{t(`stageHint.${stage}`)}</p>
      {isEditing && <StageLimitDialog stage={stage} limit={limit} onClose={() => setEditing(false)} />}
    </header>
  );
}
