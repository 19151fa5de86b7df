import { useTranslation } from 'react-i18next';
import type { LocalDay } from './calendar-days.js';
import { useRemoveLocalDay } from './use-calendar.js';

export function LocalDayList({ days, canRemove }: { days: LocalDay[]; canRemove: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveLocalDay();
  return (
    <section className="local-days" aria-labelledby="local-days-heading">
      <h3 id="local-days-heading">{t('calendar.local.heading')}</h3>
      <p className="local-days__hint">{t('calendar.local.hint')}</p>
      {days.length === 0 ? (
        <p className="local-days__empty">{t('calendar.local.empty')}</p>
      ) : (
        <table className="local-days__table">
          <thead>
            <tr>
              <th scope="col">{t('calendar.local.date')}</th>
              <th scope="col">{t('calendar.local.kind')}</th>
              <th scope="col">{t('calendar.local.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('calendar.local.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                <td>
                  <span className={`day-chip day-chip--${day.kind}`}>
                    {t(`calendar.kinds.${day.kind === 'holiday' ? 'localHoliday' : 'localWorkday'}`)}
                  </span>
                </td>
                <td>{day.note}</td>
                <td>
                  {canRemove && (
                    <button
                      type="button"
                      data-permission="manageCalendar"
                      aria-label={t('calendar.local.removeLabel', { date: day.date })}
                      disabled={remove.isPending && remove.variables?.date === day.date}
                      onClick={() => remove.mutate({ date: day.date })}
                    >
                      {t('calendar.local.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
