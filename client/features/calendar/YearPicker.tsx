import { useTranslation } from 'react-i18next';
import { MAX_YEAR, MIN_YEAR } from '../../../server/domain/dates.js';

export function YearPicker(props: { year: number; thisYear: number; onChange(year: number): void }) {
  const { t } = useTranslation();
  const { year, onChange } = props;
  return (
    <div className="year-picker" role="group" aria-label={t('calendar.yearPicker')}>
      <button type="button" disabled={year <= MIN_YEAR} onClick={() => onChange(year - 1)}>
        ← {t('calendar.previousYear')}
      </button>
      <h3 className="year-picker__year" aria-live="polite">
        {t('calendar.year', { year })}
      </h3>
      <button type="button" disabled={year >= MAX_YEAR} onClick={() => onChange(year + 1)}>
        {t('calendar.nextYear')} →
      </button>
      {year !== props.thisYear && (
        <button type="button" className="year-picker__back" onClick={() => onChange(props.thisYear)}>
          {t('calendar.thisYear')}
        </button>
      )}
    </div>
  );
}
