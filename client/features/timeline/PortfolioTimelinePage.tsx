import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { BoardData, Card } from '../../lib/types.js';
import '../screens.css';
import { timelineScale } from '../schedule/timeline-scale.js';
import { PortfolioTimeline, type TimelineGroup } from './PortfolioTimeline.js';

type Order = 'stage' | 'target';

export function PortfolioTimelinePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const board = useQuery(trpc.board.get.queryOptions());
  const [order, setOrder] = useState<Order>('stage');
  if (board.isPending) return <p className="status">{t('timeline.loading')}</p>;
  if (board.isError) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('timeline.loadFailed', { message: describeError(board.error, t) })}</p>
        <button type="button" onClick={() => void board.refetch()}>
          {t('timeline.retry')}
        </button>
      </div>
    );
  }
  const { today } = board.data;
  const cards = board.data.columns.flatMap((column) => column.cards);
  const scale = timelineScale([
    today,
    ...cards.flatMap((card) => [card.targetDate, card.schedule.projectedFinish ?? card.targetDate]),
  ]);
  return (
    <article className="page timeline-page">
      <h2 className="page__title">{t('timeline.title')}</h2>
      <p className="page__intro">{t('timeline.intro')}</p>
      <CalendarCoverageNote cards={cards} />
      <fieldset className="timeline-page__order">
        <legend>{t('timeline.order')}</legend>
        {(['stage', 'target'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="order" checked={order === value} onChange={() => setOrder(value)} />
            {t(value === 'stage' ? 'timeline.byStage' : 'timeline.byTarget')}
          </label>
        ))}
        <span className="timeline-page__count">{t('timeline.count', { count: cards.length })}</span>
      </fieldset>
      {cards.length === 0 ? (
        <p className="status">{t('timeline.empty')}</p>
      ) : (
        <PortfolioTimeline groups={groupsOf(board.data, order, t)} scale={scale} today={today} />
      )}
    </article>
  );
}

const byTarget = (a: Card, b: Card) => a.targetDate.localeCompare(b.targetDate) || a.code.localeCompare(b.code);

function groupsOf(board: BoardData, order: Order, t: TFunction): TimelineGroup[] {
  if (order === 'target') {
    return [{ key: 'all', title: null, cards: board.columns.flatMap((c) => c.cards).sort(byTarget) }];
  }
  return board.columns.map((column) => ({
    key: column.stage,
    title: t(`stage.${column.stage}`),
    cards: [...column.cards].sort(byTarget),
  }));
}

/** Deadlines in a year without the State Council's arrangement count its holidays as working days. */
function CalendarCoverageNote({ cards }: { cards: Card[] }) {
  const { t } = useTranslation();
  const affected = cards.filter((card) => card.schedule.yearsWithoutCalendar.length > 0);
  if (affected.length === 0) return null;
  const years = [...new Set(affected.flatMap((card) => card.schedule.yearsWithoutCalendar))].sort();
  return (
    <p className="warning" role="status">
      {t('timeline.yearsWithoutCalendar', { count: affected.length, years: years.join(t('timeline.listSeparator')) })}{' '}
      <Link to="/calendar">{t('timeline.toCalendar')}</Link>
    </p>
  );
}
