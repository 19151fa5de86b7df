import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_CALENDAR_YEARS } from '../../../server/domain/china-calendar.js';
import { OFFICIAL_HOLIDAYS } from '../../../server/domain/china-holidays.js';
import { describeError } from '../../lib/errors.js';
import { can } from '../../../server/domain/permissions.js';
import { useMe } from '../auth/use-session.js';
import '../screens.css';
import { countWorkingDays, type LocalDay } from './calendar-days.js';
import { CalendarLegend } from './CalendarLegend.js';
import { LocalDayForm } from './LocalDayForm.js';
import { LocalDayList } from './LocalDayList.js';
import { useLocalDays } from './use-calendar.js';
import { YearCalendar } from './YearCalendar.js';
import { YearPicker } from './YearPicker.js';

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The bureau's "today" (the server may pin it); the browser's year otherwise.
  const today = me.data?.today ?? null;
  const canManage = me.data ? can(me.data.actor, 'manageCalendar') : false;
  const thisYear = today ? Number(today.slice(0, 4)) : new Date().getFullYear();
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? thisYear;
  const query = useLocalDays();
  const localDays = useMemo(() => new Map((query.data ?? []).map((day) => [day.date, day])), [query.data]);

  if (query.isPending) return <p className="status">{t('calendar.loading')}</p>;
  if (query.isError) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('calendar.loadFailed', { message: describeError(query.error, t) })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('calendar.retry')}
        </button>
      </div>
    );
  }
  return (
    <article className="page calendar-page">
      <h2 className="page__title">{t('calendar.title')}</h2>
      <p className="page__intro">{t('calendar.intro')}</p>
      <div className="calendar-page__layout">
        <div>
          <YearPicker year={year} thisYear={thisYear} onChange={setYear} />
          <YearSummary year={year} localDays={localDays} />
          <YearCalendar year={year} localDays={localDays} today={today} />
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

/** Where the year's official data comes from, or a warning that there is none yet. */
function YearSummary({ year, localDays }: { year: number; localDays: ReadonlyMap<string, LocalDay> }) {
  const { t } = useTranslation();
  const notice = OFFICIAL_CALENDAR_YEARS.includes(year) ? OFFICIAL_HOLIDAYS[year] : undefined;
  const workingDays = useMemo(() => countWorkingDays(year, localDays), [year, localDays]);
  return (
    <div className="year-summary">
      {notice ? (
        <p className="year-summary__source">
          {t('calendar.official', { title: notice.title, published: notice.published })}
        </p>
      ) : (
        <p className="warning" role="status">
          {t('calendar.noOfficialData', { year })}
        </p>
      )}
      <p className="year-summary__count">{t('calendar.workingDays', { count: workingDays })}</p>
    </div>
  );
}
