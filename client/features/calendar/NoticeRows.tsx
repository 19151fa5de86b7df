import { useTranslation } from 'react-i18next';
import type { FieldMessages } from '../../lib/errors.js';
import { rowMessages, type DraftRow } from './notice-draft.js';

const FIELDS = ['name', 'from', 'to', 'makeUp'] as const;

/** The holidays of the notice, a row each, with what is wrong with a row right beneath it. */
export function NoticeRows({
  rows,
  messages,
  onChange,
  onRemove,
}: {
  rows: DraftRow[];
  messages: FieldMessages;
  onChange(index: number, patch: Partial<DraftRow>): void;
  onRemove(index: number): void;
}) {
  const { t } = useTranslation();
  return (
    <table className="notice-rows">
      <thead>
        <tr>
          <th scope="col">#</th>
          {FIELDS.map((field) => (
            <th key={field} scope="col">
              {t(`calendar.notice.columns.${field}`)}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('calendar.notice.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      {rows.map((row, index) => {
        const errors = rowMessages(messages, index);
        const field = (name: (typeof FIELDS)[number]) => {
          const path = name === 'makeUp' ? `blocks.${index}.makeUpWorkdays` : `blocks.${index}.${name}`;
          const isInvalid = Object.keys(messages).some((p) => p === path || p.startsWith(`${path}.`));
          return {
            'aria-label': t(`calendar.notice.rowField.${name}`, { row: index + 1 }),
            'aria-invalid': isInvalid || undefined,
            value: row[name],
            onChange: (e: { target: { value: string } }) => onChange(index, { [name]: e.target.value }),
          };
        };
        return (
          <tbody key={index} className={errors.length > 0 ? 'notice-rows__row--invalid' : undefined}>
            <tr>
              <th scope="row">{index + 1}</th>
              <td>
                <input
                  type="text"
                  maxLength={20}
                  placeholder={t('calendar.notice.namePlaceholder')}
                  {...field('name')}
                />
              </td>
              <td>
                <input type="date" {...field('from')} />
              </td>
              <td>
                <input type="date" {...field('to')} />
              </td>
              <td>
                <input type="text" placeholder={t('calendar.notice.makeUpPlaceholder')} {...field('makeUp')} />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('calendar.notice.removeRow', { row: index + 1 })}
                  onClick={() => onRemove(index)}
                >
                  ✕
                </button>
              </td>
            </tr>
            {errors.length > 0 && (
              <tr className="notice-rows__errors">
                <td />
                <td colSpan={5}>
                  <ul className="field__error" aria-label={t('calendar.notice.rowErrors', { row: index + 1 })}>
                    {errors.map((error) => (
                      <li key={error}>{error}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}
