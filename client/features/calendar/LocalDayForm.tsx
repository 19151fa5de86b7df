import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import type { LocalDay } from './calendar-days.js';
import { useSetLocalDay } from './use-calendar.js';

/** Adds or replaces the bureau's change for one day (the server upserts by date). */
export function LocalDayForm({ localDays }: { localDays: ReadonlyMap<string, LocalDay> }) {
  const { t } = useTranslation();
  const save = useSetLocalDay();
  const id = useId();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<LocalDay['kind']>('holiday');
  const [note, setNote] = useState('');
  const [savedDate, setSavedDate] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSavedDate(null);
    save.mutate(
      { date, kind, note },
      {
        onSuccess: (day) => {
          setSavedDate(day.date);
          setDate('');
          setNote('');
        },
      },
    );
  };

  return (
    <form className="local-day-form" data-permission="manageCalendar" onSubmit={onSubmit}>
      <h3>{t('calendar.form.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('calendar.form.date')}</label>
        <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('calendar.form.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LocalDay['kind'])}>
          <option value="holiday">{t('calendar.form.holiday')}</option>
          <option value="workday">{t('calendar.form.workday')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('calendar.form.note')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={100}
          value={note}
          placeholder={t('calendar.form.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {localDays.has(date) && <p className="local-day-form__hint">{t('calendar.form.replaces', { date })}</p>}
      <button type="submit" className="button--primary" disabled={save.isPending}>
        {save.isPending ? t('calendar.form.saving') : t('calendar.form.submit')}
      </button>
      {save.isError && (
        <p className="form-error" role="alert">
          {describeError(save.error, t)}
        </p>
      )}
      <p className="local-day-form__status" role="status">
        {savedDate && t('calendar.form.saved', { date: savedDate })}
      </p>
    </form>
  );
}
