import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldMessages } from '../../lib/errors.js';
import { describedBy, Field } from '../../ui/Field.js';
import type { EnteredNotice } from './calendar-days.js';
import { draftMessages, emptyRow, inputOf, mergeImported, type DraftRow, type FormDraft } from './notice-draft.js';
import { NoticeImport } from './NoticeImport.js';
import { NoticeRows } from './NoticeRows.js';
import { useRemoveHolidayNotice, useSaveHolidayNotice } from './use-calendar.js';

/**
 * A year's official arrangement in one form: the notice, its holidays and make-up days. The page
 * holds the draft, so the year grid previews it while it is typed; saving replaces the year at once.
 */
export function HolidayNoticeForm({
  year,
  entered,
  draft,
  onDraft,
}: {
  year: number;
  entered: EnteredNotice | undefined;
  draft: FormDraft;
  onDraft(draft: FormDraft | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveHolidayNotice();
  const remove = useRemoveHolidayNotice();
  const [isChecked, setChecked] = useState(false);
  const input = inputOf(draft, year, entered?.version ?? null);
  const checked = draftMessages(input, t);
  const serverMessages = save.isError ? fieldMessages(save.error, t) : {};
  const messages = isChecked ? { ...serverMessages, ...checked.messages } : serverMessages;

  const change = (patch: Partial<FormDraft>) => onDraft({ ...draft, ...patch });
  const changeRow = (index: number, patch: Partial<DraftRow>) =>
    change({ rows: draft.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!checked.valid) return;
    save.mutate(checked.valid, { onSuccess: () => onDraft(null) });
  };
  const onRemove = () => {
    if (!entered || !window.confirm(t('calendar.notice.removeConfirm', { year }))) return;
    remove.mutate({ year, expectedVersion: entered.version }, { onSuccess: () => onDraft(null) });
  };
  const count = Object.keys(messages).length;

  return (
    <form className="notice-form" data-permission="manageCalendar" onSubmit={onSubmit} noValidate>
      <h3>{t(entered ? 'calendar.notice.editHeading' : 'calendar.notice.heading', { year })}</h3>
      <p className="notice-form__preview" role="status">
        {t('calendar.notice.previewing', { year })}
      </p>
      <NoticeImport
        onImport={(imported) => {
          onDraft(mergeImported(draft, imported));
          setChecked(true);
        }}
      />
      <div className="notice-form__fields">
        <Field id={`${id}-title`} label={t('calendar.notice.title')} error={messages.title} wide>
          <input
            {...describedBy(`${id}-title`, { error: messages.title })}
            type="text"
            maxLength={200}
            value={draft.title}
            onChange={(e) => change({ title: e.target.value })}
          />
        </Field>
        <Field id={`${id}-number`} label={t('calendar.notice.number')} error={messages.number}>
          <input
            {...describedBy(`${id}-number`, { error: messages.number })}
            type="text"
            maxLength={100}
            placeholder={t('calendar.notice.numberPlaceholder', { year: year - 1 })}
            value={draft.number}
            onChange={(e) => change({ number: e.target.value })}
          />
        </Field>
        <Field id={`${id}-published`} label={t('calendar.notice.published')} error={messages.published}>
          <input
            {...describedBy(`${id}-published`, { error: messages.published })}
            type="date"
            value={draft.published}
            onChange={(e) => change({ published: e.target.value })}
          />
        </Field>
      </div>
      <NoticeRows
        rows={draft.rows}
        messages={messages}
        onChange={changeRow}
        onRemove={(index) => change({ rows: draft.rows.filter((_, i) => i !== index) })}
      />
      {messages.blocks && <p className="field__error">{messages.blocks}</p>}
      {messages.year && <p className="field__error">{messages.year}</p>}
      <div className="notice-form__actions">
        <button type="button" onClick={() => change({ rows: [...draft.rows, emptyRow()] })}>
          {t('calendar.notice.addRow')}
        </button>
        <span className="notice-form__spacer" />
        <button type="button" onClick={() => onDraft(null)}>
          {t('calendar.notice.cancel')}
        </button>
        {entered && (
          <button type="button" className="button--danger" onClick={onRemove} disabled={remove.isPending}>
            {t('calendar.notice.remove')}
          </button>
        )}
        <button type="submit" className="button--primary" disabled={save.isPending}>
          {save.isPending
            ? t('calendar.notice.saving')
            : t(entered ? 'calendar.notice.replace' : 'calendar.notice.save')}
        </button>
      </div>
      {(count > 0 || save.isError || remove.isError) && (
        <p className="form-error" role="alert">
          {count > 0
            ? t('calendar.notice.errorCount', { count })
            : describeError(save.isError ? save.error : remove.error, t)}
        </p>
      )}
    </form>
  );
}
