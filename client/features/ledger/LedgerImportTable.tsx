import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_OUTCOMES, type ImportOutcome, type LedgerImportAnswer } from '../../../server/domain/ledger.js';
import { formatLedgerMessage, ledgerWords } from '../../../server/domain/ledger-words.js';

type Row = LedgerImportAnswer['rows'][number];

/** The dry run row by row, refused rows first (they are what the person must fix), filterable by outcome. */
export function LedgerImportTable({ answer, lang }: { answer: LedgerImportAnswer; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ImportOutcome | 'all'>('all');
  const rows = useMemo(
    () =>
      [...answer.rows]
        .sort((a, b) => IMPORT_OUTCOMES.indexOf(a.status) - IMPORT_OUTCOMES.indexOf(b.status) || a.row - b.row)
        .filter((row) => shown === 'all' || row.status === shown),
    [answer.rows, shown],
  );
  if (answer.rows.length === 0) return <p className="status">{t('ledger.noRows')}</p>;
  return (
    <section className="ledger-results">
      <label className="ledger-results__filter">
        {t('ledger.show')}
        <select value={shown} onChange={(e) => setShown(IMPORT_OUTCOMES.find((o) => o === e.target.value) ?? 'all')}>
          <option value="all">{t('ledger.showAll')}</option>
          {IMPORT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`ledger.status.${outcome}`)} ({answer.counts[outcome]})
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll">
        <table className="ledger-table" aria-label={t('ledger.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('ledger.columns.row')}</th>
              <th scope="col">{t('ledger.columns.code')}</th>
              <th scope="col">{t('ledger.columns.name')}</th>
              <th scope="col">{t('ledger.columns.status')}</th>
              <th scope="col">{t('ledger.columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={`ledger-table__row--${row.status}`}>
                <td className="ledger-table__row">
                  <span className="ledger-table__row-label">{t('ledger.columns.row')} </span>
                  {row.row}
                </td>
                <td className="ledger-table__code">{row.code}</td>
                <td>{row.name}</td>
                <td>
                  <span className={`ledger-outcome ledger-outcome--${row.status}`}>
                    {t(`ledger.status.${row.status}`)}
                  </span>
                </td>
                <td>
                  <RowDetail row={row} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="status">{t('ledger.empty')}</p>}
      </div>
    </section>
  );
}

function RowDetail({ row, lang }: { row: Row; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  if (row.status === 'changed') {
    return (
      <ul className="ledger-detail">
        {row.changes.map((change) => (
          <li key={change.field}>
            {t('ledger.change', { field: t(`ledger.fields.${change.field}`), old: change.old, new: change.new })}
          </li>
        ))}
      </ul>
    );
  }
  if (row.status === 'refused') {
    return (
      <ul className="ledger-detail ledger-detail--refused">
        {row.problems.map((problem) => (
          <li key={`${problem.column}-${problem.key}`}>
            {t('ledger.problem', {
              column: ledgerWords[lang].projectColumns[problem.column],
              message: formatLedgerMessage(problem.key, problem.params, lang),
            })}
          </li>
        ))}
      </ul>
    );
  }
  return null;
}
