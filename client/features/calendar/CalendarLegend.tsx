import { useTranslation } from 'react-i18next';
import { DAY_KINDS } from './calendar-days.js';

export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <section className="calendar-legend" aria-labelledby="calendar-legend-heading">
      <h3 id="calendar-legend-heading">{t('calendar.legend')}</h3>
      <ul>
        {DAY_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`day day--${kind} calendar-legend__swatch`} aria-hidden="true">
              <span className="day__mark">{t(`calendar.marks.${kind}`)}</span>
            </span>
            {t(`calendar.kinds.${kind}`)}
          </li>
        ))}
      </ul>
      <p className="calendar-legend__note">{t('calendar.legendLocal')}</p>
    </section>
  );
}
