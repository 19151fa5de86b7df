import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WEEKDAY_KEYS,
  classifyDay,
  mondayIndex,
  monthWeeks,
  type DayInfo,
  type LocalDay,
  type OfficialDays,
} from './calendar-days.js';

/** One month, Monday first; each day says what it is in its mark and, in full, in its accessible name. */
export const MonthGrid = memo(function MonthGrid(props: {
  year: number;
  month: number;
  localDays: ReadonlyMap<string, LocalDay>;
  official: OfficialDays;
  today: string | null;
}) {
  const { t } = useTranslation();
  return (
    <table className="month-grid">
      <caption>{t(`calendar.months.m${props.month}`)}</caption>
      <thead>
        <tr>
          {WEEKDAY_KEYS.map((day) => (
            <th key={day} scope="col" abbr={t(`calendar.weekdaysLong.${day}`)}>
              {t(`calendar.weekdays.${day}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(props.year, props.month).map((week, w) => (
          <tr key={w}>
            {week.map((date, i) =>
              date ? (
                <DayCell
                  key={date}
                  day={classifyDay(date, props.localDays, props.official)}
                  isToday={date === props.today}
                />
              ) : (
                <td key={`pad-${i}`} className="day day--pad" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

function DayCell({ day, isToday }: { day: DayInfo; isToday: boolean }) {
  const { t } = useTranslation();
  const label = useDayLabel(day);
  return (
    <td
      className={`day day--${day.kind}${isToday ? ' day--today' : ''}`}
      data-kind={day.kind}
      aria-label={isToday ? t('calendar.todayLabel', { label }) : label}
      title={label}
    >
      <span className="day__number" aria-hidden="true">
        {Number(day.date.slice(8))}
      </span>
      <span className="day__mark" aria-hidden="true">
        {t(`calendar.marks.${day.kind}`)}
      </span>
    </td>
  );
}

export function useDayLabel(day: DayInfo): string {
  const { t } = useTranslation();
  const kindName = t(`calendar.kinds.${day.kind}`);
  const kind = day.holiday
    ? t('calendar.kindWithName', {
        kind: kindName,
        name: t(`calendar.holidayNames.${day.holiday}`, { defaultValue: day.holiday }),
      })
    : kindName;
  const label = t('calendar.dayLabel', {
    date: day.date,
    weekday: t(`calendar.weekdaysLong.${WEEKDAY_KEYS[mondayIndex(day.date)]}`),
    kind,
  });
  return day.note ? t('calendar.withNote', { label, note: day.note }) : label;
}
