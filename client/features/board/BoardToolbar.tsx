import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../../server/domain/stages.js';
import { useTRPC } from '../../lib/trpc.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import { ledgerExportHref } from '../ledger/ledger-http.js';
import { useActor } from '../auth/use-session.js';
import { CalendarGapNotice } from '../calendar/CalendarGapNotice.js';
import { BLOCKED_FILTERS, GROUPINGS, isFiltered, LIGHT_KEYS, withoutFilters, type BoardView } from './board-view.js';
import { SearchField } from './SearchField.js';
import { ViewSwitch } from './ViewSwitch.js';
import type { UpdateView } from './use-board-view.js';

const collator = new Intl.Collator('zh-CN');

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Find, filter and group the board; every control writes to the address. */
export function BoardToolbar({
  view,
  onChange,
  shown,
  total,
  onMeeting,
  newProject,
}: {
  view: BoardView;
  onChange: UpdateView;
  shown: number;
  total: number;
  onMeeting(): void;
  /** Creating a project is the project screens' business; the app hands its button in. */
  newProject?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  const id = useId();
  const units = useQuery(trpc.unit.list.queryOptions());
  const sortedUnits = useMemo(
    () => [...(units.data ?? [])].sort((a, b) => collator.compare(a.name, b.name)),
    [units.data],
  );
  const filtered = isFiltered(view);
  return (
    <div className="board-toolbar" role="search" aria-label={t('boardView.label')}>
      <div className="board-toolbar__row">
        <div className="board-toolbar__search">
          <SearchField value={view.q} onChange={(q) => onChange({ q })} />
        </div>
        <label className="board-toolbar__field">
          {t('boardView.unit')}
          <UnitSelect
            units={sortedUnits}
            value={view.unit ?? ''}
            onChange={(event) => onChange({ unit: event.target.value ? Number(event.target.value) : null })}
            after={
              // A link may name a unit this list has not loaded (yet): keep the choice visible.
              view.unit !== null &&
              !sortedUnits.some((unit) => unit.id === view.unit) && <option value={view.unit}>#{view.unit}</option>
            }
          >
            <option value="">{t('boardView.allUnits')}</option>
          </UnitSelect>
        </label>
        <label className="board-toolbar__field">
          {t('boardView.blocked')}
          <select
            value={view.blocked}
            onChange={(event) =>
              onChange({ blocked: BLOCKED_FILTERS.find((value) => value === event.target.value) ?? 'all' })
            }
          >
            {BLOCKED_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`boardView.blocked${value === 'all' ? 'All' : value === 'yes' ? 'Yes' : 'No'}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="board-toolbar__field">
          {t('boardView.group')}
          <select
            value={view.group}
            onChange={(event) => onChange({ group: GROUPINGS.find((value) => value === event.target.value) ?? 'none' })}
          >
            {GROUPINGS.map((value) => (
              <option key={value} value={value}>
                {t(`boardView.groups.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <ViewSwitch view={view} onChange={onChange} />
        <span className="board-toolbar__spacer" />
        <button type="button" className="board-toolbar__meeting" title={t('meeting.enterHint')} onClick={onMeeting}>
          {t('meeting.enter')}
        </button>
        <a
          className="button-link"
          href={ledgerExportHref(view, i18n.language === 'en' ? 'en' : 'zh')}
          title={t('ledger.exportHint')}
          download
        >
          {t('ledger.export')}
        </a>
        {actor.role !== 'viewer' && newProject}
      </div>
      <div className="board-toolbar__row">
        <div className="board-toolbar__chips" role="group" aria-labelledby={`${id}-lights`}>
          <span id={`${id}-lights`}>{t('boardView.lights')}</span>
          {LIGHT_KEYS.map((light) => (
            <button
              key={light}
              type="button"
              className={`filter-chip filter-chip--${light}`}
              aria-pressed={view.lights.includes(light)}
              onClick={() => onChange((current) => ({ ...current, lights: toggle(current.lights, light) }))}
            >
              {t(`light.${light}`)}
            </button>
          ))}
        </div>
        <div className="board-toolbar__chips" role="group" aria-labelledby={`${id}-stages`}>
          <span id={`${id}-stages`}>{t('boardView.stages')}</span>
          {STAGES.map((stage) => (
            <button
              key={stage}
              type="button"
              className="filter-chip"
              aria-pressed={view.stages.includes(stage)}
              onClick={() => onChange((current) => ({ ...current, stages: toggle(current.stages, stage) }))}
            >
              {t(`stage.${stage}`)}
            </button>
          ))}
        </div>
        <label className="board-toolbar__field">
          {t('boardView.targetFrom')}
          <input
            type="date"
            value={view.from}
            max={view.to || undefined}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        </label>
        <label className="board-toolbar__field">
          {t('boardView.targetTo')}
          <input
            type="date"
            value={view.to}
            min={view.from || undefined}
            onChange={(e) => onChange({ to: e.target.value })}
          />
        </label>
        {filtered && (
          <p className="board-toolbar__shown" role="status">
            {t('board.shownOf', { shown, total })}{' '}
            <button type="button" onClick={() => onChange(withoutFilters)}>
              {t('boardView.reset')}
            </button>
          </p>
        )}
      </div>
      <CalendarGapNotice />
    </div>
  );
}
