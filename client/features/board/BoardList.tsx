import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardData } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { DaysLeft } from '../schedule/NextMilestone.js';
import type { ListSort } from './board-view.js';
import { isDescending, nextSort, sortCards, sortKeyOf, type SortKey } from './list-sort.js';
import { useBoardTop } from './use-board-top.js';
import './board-scale.css';

/** Rows added per "show more": a table of ten thousand rows would block the tab as the board once did. */
const PAGE = 200;

/**
 * The cards the board shows (same search and filters), as rows of a table: code, name, owner unit,
 * stage, light, target date and next milestone. Light, target date and unit sort on a header click;
 * the order is kept in the address with the rest of the view.
 */
export function BoardList({ board, sort, onSort }: { board: BoardData; sort: ListSort; onSort(sort: ListSort): void }) {
  const { t } = useTranslation();
  const rows = useMemo(() => sortCards(board, sort), [board, sort]);
  const [limit, setLimit] = useState(PAGE);
  // The list scrolls on its own, as the board's columns do, so its head stays in view over long lists.
  const listRef = useRef<HTMLDivElement>(null);
  useBoardTop(listRef);
  const shown = rows.slice(0, limit);
  const more = Math.min(PAGE, rows.length - shown.length);
  const heading = (key: SortKey | null, label: string) => {
    if (!key) return <th scope="col">{label}</th>;
    const isSorted = sortKeyOf(sort) === key;
    const direction = isDescending(sort) ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={isSorted ? direction : 'none'}>
        <button
          type="button"
          className="board-list__sort"
          onClick={() => onSort(nextSort(sort, key))}
          title={t('boardViews.list.sortBy', { column: label })}
        >
          {label}
          <span aria-hidden="true" className={isSorted ? undefined : 'board-list__sort-hint'}>
            {isSorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };
  if (rows.length === 0) {
    return (
      <div ref={listRef} className="board-list">
        <p className="status">{t('boardViews.list.empty')}</p>
      </div>
    );
  }
  return (
    <div ref={listRef} className="board-list">
      <table className="board-list__table" aria-label={t('boardViews.list.label')}>
        <thead>
          <tr>
            {heading(null, t('boardViews.list.code'))}
            {heading(null, t('boardViews.list.name'))}
            {heading('unit', t('boardViews.list.unit'))}
            {heading(null, t('boardViews.list.stage'))}
            {heading('light', t('boardViews.list.light'))}
            {heading('target', t('boardViews.list.target'))}
            {heading(null, t('boardViews.list.next'))}
          </tr>
        </thead>
        <tbody>
          {shown.map((card) => (
            <tr key={card.id} data-project-id={card.id}>
              <td className="board-list__code">{card.code}</td>
              <th scope="row" className="board-list__name">
                <Link to={`/projects/${card.id}`}>{card.name}</Link>
              </th>
              <td>{card.ownerUnit.name}</td>
              <td className={`board-list__stage board-list__stage--${card.stage}`}>{t(`stage.${card.stage}`)}</td>
              <td>
                <LightBadge light={card.schedule.light} />
              </td>
              <td className="board-list__date">{card.targetDate}</td>
              <td className="board-list__next">
                {card.schedule.next ? (
                  <>
                    {card.schedule.next.name} <DaysLeft days={card.schedule.next.workingDaysLeft} />
                  </>
                ) : (
                  t('boardViews.list.allDone')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="board-list__foot">
        {t('boardViews.list.shownOf', { shown: shown.length, total: rows.length })}
        {more > 0 && (
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t('boardViews.list.showMore', { count: more })}
          </button>
        )}
      </p>
    </div>
  );
}
