import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OFFICIAL_HOLIDAYS } from '../../../server/domain/china-holidays.js';
import { MAX_YEAR, MIN_YEAR } from '../../../server/domain/dates.js';
import { describeError } from '../../lib/errors.js';
import { can } from '../../../server/domain/permissions.js';
import { useMe } from '../auth/use-session.js';
import '../screens.css';
import './calendar.css';
import { BUILT_IN_DAYS, officialDaysOf } from './calendar-days.js';
import { CalendarLegend } from './CalendarLegend.js';
import { HolidayNoticeForm } from './HolidayNoticeForm.js';
import { LocalDayForm } from './LocalDayForm.js';
import { LocalDayList } from './LocalDayList.js';
import { blocksOf, formDraftOf, type FormDraft } from './notice-draft.js';
import { useHolidayNotices, useLocalDays } from './use-calendar.js';
import { YearCalendar } from './YearCalendar.js';
import { YearPicker } from './YearPicker.js';
import { YearSummary } from './YearSummary.js';

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The bureau's "today" (the server may pin it); the browser's year otherwise.
  const today = me.data?.today ?? null;
  const canManage = me.data ? can(me.data.actor, 'manageCalendar') : false;
  const thisYear = today ? Number(today.slice(0, 4)) : new Date().getFullYear();
  // The board's warning links here with the year it names.
  const [search] = useSearchParams();
  const [chosenYear, setYear] = useState<number | null>(() => yearParam(search.get('year')));
  const year = chosenYear ?? thisYear;
  // The arrangement being entered for `year`, previewed on the grid until it is saved or cancelled.
  const [editing, setEditing] = useState<{ year: number; draft: FormDraft } | null>(null);
  const draft = editing?.year === year ? editing.draft : null;
  const query = useLocalDays();
  const notices = useHolidayNotices();
  const localDays = useMemo(() => new Map((query.data ?? []).map((day) => [day.date, day])), [query.data]);
  const entered = notices.data?.find((notice) => notice.year === year);
  const official = useMemo(() => {
    const saved = officialDaysOf(notices.data ?? [], BUILT_IN_DAYS);
    return draft ? officialDaysOf([{ blocks: blocksOf(draft.rows) }], withoutYear(saved, year)) : saved;
  }, [notices.data, draft, year]);

  if (query.isPending || notices.isPending) return <p className="status">{t('calendar.loading')}</p>;
  if (query.isError || notices.isError) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('calendar.loadFailed', { message: describeError(query.error ?? notices.error, t) })}</p>
        <button type="button" onClick={() => void Promise.all([query.refetch(), notices.refetch()])}>
          {t('calendar.retry')}
        </button>
      </div>
    );
  }
  const isBuiltIn = OFFICIAL_HOLIDAYS[year] !== undefined;
  const onDraft = (next: FormDraft | null) => setEditing(next ? { year, draft: next } : null);
  return (
    <article className="page calendar-page">
      <h2 className="page__title">{t('calendar.title')}</h2>
      <p className="page__intro">{t('calendar.intro')}</p>
      <div className="calendar-page__layout">
        <div>
          <YearPicker year={year} thisYear={thisYear} onChange={setYear} />
          <YearSummary
            year={year}
            localDays={localDays}
            official={official}
            entered={entered}
            isPreview={draft !== null}
            onEnter={canManage && !isBuiltIn && !draft ? () => onDraft(formDraftOf(entered ?? null, year)) : undefined}
          />
          {canManage && draft && <HolidayNoticeForm year={year} entered={entered} draft={draft} onDraft={onDraft} />}
          <YearCalendar
            year={year}
            localDays={localDays}
            official={official}
            today={today}
            isPreview={draft !== null}
          />
        </div>
        <aside className="calendar-page__side">
          <CalendarLegend />
          {canManage && <LocalDayForm localDays={localDays} />}
          <LocalDayList days={query.data} canRemove={canManage} />
        </aside>
      </div>
    </article>
  );
}

/** The saved official days minus one year's, so the draft for that year replaces rather than adds. */
function withoutYear(days: ReturnType<typeof officialDaysOf>, year: number) {
  if (OFFICIAL_HOLIDAYS[year]) return days;
  return new Map([...days].filter(([date]) => !date.startsWith(`${year}-`)));
}

function yearParam(value: string | null): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}
