import { useTranslation } from 'react-i18next';
import type { LocalDay, OfficialDays } from './calendar-days.js';
import { MonthGrid } from './MonthGrid.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function YearCalendar(props: {
  year: number;
  localDays: ReadonlyMap<string, LocalDay>;
  official: OfficialDays;
  today: string | null;
  /** The grid shows an arrangement being entered, not yet saved. */
  isPreview?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={`year-calendar${props.isPreview ? ' year-calendar--preview' : ''}`}
      role="group"
      aria-label={t(props.isPreview ? 'calendar.notice.previewCalendar' : 'calendar.yearCalendar', {
        year: props.year,
      })}
    >
      {MONTHS.map((month) => (
        <MonthGrid
          key={month}
          year={props.year}
          month={month}
          localDays={props.localDays}
          official={props.official}
          today={props.today?.startsWith(`${props.year}-`) ? props.today : null}
        />
      ))}
    </div>
  );
}
