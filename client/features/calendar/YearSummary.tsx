import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUREAU_OFFSET_MS } from '../../../server/domain/bureau-time.js';
import { OFFICIAL_HOLIDAYS } from '../../../server/domain/china-holidays.js';
import { countWorkingDays, type EnteredNotice, type LocalDay, type OfficialDays } from './calendar-days.js';

/** Where the year's official data comes from (the code, or an admin), or a warning that there is none yet. */
export function YearSummary({
  year,
  localDays,
  official,
  entered,
  isPreview,
  onEnter,
}: {
  year: number;
  localDays: ReadonlyMap<string, LocalDay>;
  official: OfficialDays;
  entered: EnteredNotice | undefined;
  isPreview: boolean;
  /** Opens the notice form; absent for readers and for the built-in years. */
  onEnter?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const builtIn = OFFICIAL_HOLIDAYS[year];
  const workingDays = useMemo(() => countWorkingDays(year, localDays, official), [year, localDays, official]);
  return (
    <div className="year-summary">
      {builtIn ? (
        <p className="year-summary__source">
          {t('calendar.official', { title: builtIn.title, published: builtIn.published })}
        </p>
      ) : entered ? (
        <p className="year-summary__source">
          {t('calendar.entered', {
            title: entered.title,
            number: entered.number || '—',
            by: entered.enteredBy,
            // The bureau's date (Beijing), not UTC's: an entry before 08:00 is still that day.
            at: new Date(Date.parse(entered.enteredAt) + BUREAU_OFFSET_MS).toISOString().slice(0, 10),
          })}
        </p>
      ) : (
        !isPreview && (
          <p className="warning" role="status">
            {t(onEnter ? 'calendar.noOfficialDataAdmin' : 'calendar.noOfficialData', { year })}
          </p>
        )
      )}
      <p className="year-summary__count">
        {t(isPreview ? 'calendar.workingDaysPreview' : 'calendar.workingDays', { count: workingDays })}
      </p>
      {onEnter && (
        <button type="button" className="year-summary__enter button--primary" onClick={onEnter}>
          {t(entered ? 'calendar.notice.edit' : 'calendar.notice.enter', { year })}
        </button>
      )}
    </div>
  );
}
