import { useTranslation } from 'react-i18next';
import type { LocalDay } from './calendar-days.js';
import { MonthGrid } from './MonthGrid.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function YearCalendar(props: { year: number; localDays: ReadonlyMap<string, LocalDay>; today: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="year-calendar" role="group" aria-label={t('calendar.yearCalendar', { year: props.year })}>
      {MONTHS.map((month) => (
        <MonthGrid
          key={month}
          year={props.year}
          month={month}
          localDays={props.localDays}
          today={props.today?.startsWith(`${props.year}-`) ? props.today : null}
        />
      ))}
    </div>
  );
}
