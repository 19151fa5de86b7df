import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../lib/trpc.js';
import './calendar.css';

/**
 * One line above the board when open projects' schedules reach years without an official holiday
 * arrangement (every weekday there counts as working), instead of a mark on each of their cards.
 */
export function CalendarGapNotice() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  // The board's own query: the cards already say which years their schedules lack.
  const board = useQuery(trpc.board.get.queryOptions());
  const gap = useMemo(() => {
    const cards = (board.data?.columns ?? []).flatMap((column) => column.cards);
    const open = cards.filter((card) => !card.schedule.isFinished && card.schedule.yearsWithoutCalendar.length > 0);
    const years = [...new Set(open.flatMap((card) => card.schedule.yearsWithoutCalendar))].sort((a, b) => a - b);
    return { count: open.length, years };
  }, [board.data]);
  const list = useMemo(
    () => new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'zh', { type: 'conjunction' }),
    [i18n.language],
  );
  if (gap.count === 0) return null;
  return (
    <p className="calendar-gap" role="status">
      <span aria-hidden="true">⚠ </span>
      {t('calendar.gap.one', { count: gap.count, years: list.format(gap.years.map(String)) })}{' '}
      <Link to={`/calendar?year=${gap.years[0]}`}>{t('calendar.gap.link')}</Link>
    </p>
  );
}
