import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  BLOCKER_CATEGORIES,
  BLOCKER_LEVELS,
  BLOCKER_SORTS,
  type BlockerSort,
} from '../../../server/domain/blockers.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import {
  filterOfParams,
  nextSort,
  paramsOfFilter,
  STATUS_CHOICES,
  statusChoiceOf,
  statusesOf,
  xlsxHref,
  type StatusChoice,
  type TListFilter,
} from './blocker-filter.js';
import type { BlockerItem } from './BlockerCard.js';
import { useBlockerLabels } from './use-blockers.js';
import './blockers.css';

/** Every blocker still holding a project up (or those asked for), sortable, filterable, exportable. */
export function BlockersPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filter = filterOfParams(params);
  const list = useQuery(trpc.blocker.list.queryOptions(filter));
  const apply = (patch: Partial<TListFilter>) => setParams(paramsOfFilter({ ...filter, ...patch }));
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  return (
    <section className="page blockers-page" aria-labelledby="blockers-title">
      <div className="blockers-page__head">
        <h2 className="page__title" id="blockers-title">
          {t('blockers.list.title')}
        </h2>
        <a className="blockers-page__download" href={xlsxHref(filter, lang)} download>
          {t('blockers.list.download')}
        </a>
      </div>
      <BlockerFilters filter={filter} onApply={apply} onReset={() => setParams(new URLSearchParams())} />
      {list.isPending ? (
        <p className="status">{t('blockers.loading')}</p>
      ) : list.isError ? (
        <p className="status status--error" role="alert">
          {describeError(list.error, t)}
        </p>
      ) : (
        <>
          <p className="blockers-page__count" role="status">
            {t('blockers.list.count', { count: list.data.length })}
          </p>
          {list.data.length === 0 ? (
            <p className="blockers-page__empty">{t('blockers.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <BlockerTable blockers={list.data} filter={filter} onSort={(sort) => apply(nextSort(filter, sort))} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function BlockerFilters({
  filter,
  onApply,
  onReset,
}: {
  filter: TListFilter;
  onApply(patch: Partial<TListFilter>): void;
  onReset(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useBlockerLabels();
  const units = useQuery(trpc.unit.list.queryOptions());
  const id = useId();
  const field = (key: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </div>
  );
  const any = <option value="">{t('blockers.list.any')}</option>;
  return (
    <form className="blocker-filters" aria-label={t('blockers.list.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      {field(
        'status',
        t('blockers.list.status'),
        <select
          id={`${id}-status`}
          value={statusChoiceOf(filter)}
          onChange={(e) => onApply({ status: statusesOf(e.target.value as StatusChoice) })}
        >
          {STATUS_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'active'
                ? t('blockers.list.statusActive')
                : choice === 'all'
                  ? t('blockers.list.statusAll')
                  : labels.status[choice]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'unit',
        t('blockers.list.responsibleUnit'),
        <UnitSelect
          id={`${id}-unit`}
          units={units.data}
          value={filter.responsibleUnitId ?? ''}
          onChange={(e) => onApply({ responsibleUnitId: e.target.value ? Number(e.target.value) : undefined })}
        >
          {any}
        </UnitSelect>,
      )}
      {field(
        'level',
        t('blockers.list.level'),
        <select
          id={`${id}-level`}
          value={filter.level ?? ''}
          onChange={(e) => onApply({ level: BLOCKER_LEVELS.find((level) => level === e.target.value) })}
        >
          {any}
          {BLOCKER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {labels.level[level]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'category',
        t('blockers.list.category'),
        <select
          id={`${id}-category`}
          value={filter.category ?? ''}
          onChange={(e) => onApply({ category: BLOCKER_CATEGORIES.find((category) => category === e.target.value) })}
        >
          {any}
          {BLOCKER_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {labels.category[category]}
            </option>
          ))}
        </select>,
      )}
      <label className="blocker-filters__check">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => onApply({ overdueOnly: e.target.checked })}
        />
        {t('blockers.list.overdueOnly')}
      </label>
      <button type="button" onClick={onReset}>
        {t('blockers.list.reset')}
      </button>
    </form>
  );
}

/** Which list column each sort key orders. */
const SORT_COLUMN: Record<BlockerSort, 'ageDays' | 'level' | 'responsibleUnit' | 'targetDate'> = {
  age: 'ageDays',
  level: 'level',
  responsibleUnit: 'responsibleUnit',
  targetDate: 'targetDate',
};

function BlockerTable({
  blockers,
  filter,
  onSort,
}: {
  blockers: BlockerItem[];
  filter: TListFilter;
  onSort(sort: BlockerSort): void;
}) {
  const { t } = useTranslation();
  const labels = useBlockerLabels();
  const sortOf = Object.fromEntries(BLOCKER_SORTS.map((sort) => [SORT_COLUMN[sort], sort])) as Partial<
    Record<string, BlockerSort>
  >;
  const heading = (column: keyof typeof labels.columns) => {
    const sort = sortOf[column];
    const name = labels.columns[column];
    if (!sort) return <th scope="col">{name}</th>;
    const isSorted = filter.sort === sort;
    return (
      <th scope="col" aria-sort={isSorted ? (filter.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="blocker-table__sort"
          onClick={() => onSort(sort)}
          title={t('blockers.list.sortBy', { column: name })}
        >
          {name}
          {isSorted ? (
            <span aria-hidden="true">{filter.direction === 'asc' ? ' ▲' : ' ▼'}</span>
          ) : (
            <span aria-hidden="true" className="blocker-table__sort-hint">
              {' ↕'}
            </span>
          )}
        </button>
      </th>
    );
  };
  return (
    <table className="blocker-table">
      <thead>
        <tr>
          {heading('projectName')}
          {heading('category')}
          {heading('description')}
          {heading('responsibleUnit')}
          {heading('level')}
          {heading('status')}
          {heading('ageDays')}
          {heading('targetDate')}
        </tr>
      </thead>
      <tbody>
        {blockers.map((blocker) => (
          <tr key={blocker.id} className={blocker.isOverdue ? 'blocker-row blocker-row--overdue' : 'blocker-row'}>
            <td>
              <Link to={`/projects/${blocker.project.id}`}>
                <span className="project__code">{blocker.project.code}</span> {blocker.project.name}
              </Link>
            </td>
            <td>{labels.category[blocker.category]}</td>
            <td className="blocker-table__description">{blocker.description}</td>
            <td>{blocker.responsibleUnit.name}</td>
            <td>{labels.level[blocker.level]}</td>
            <td>
              <span className={`blocker-status blocker-status--${blocker.status}`}>
                {labels.status[blocker.status]}
              </span>
            </td>
            <td className="blocker-table__number">{t('blockers.list.days', { count: blocker.ageDays })}</td>
            <td>
              {blocker.targetDate}
              {blocker.isOverdue && <strong className="blocker-overdue"> · {t('blockers.overdue')}</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
