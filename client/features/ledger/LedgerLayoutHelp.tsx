import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../../server/domain/ledger.js';
import { ledgerWords } from '../../../server/domain/ledger-words.js';

/** Which workbooks the import reads: the exported ledger, or the simple layout's columns. */
export function LedgerLayoutHelp({ lang }: { lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const headings = ledgerWords[lang].projectColumns;
  return (
    <details className="ledger-help" open>
      <summary>{t('ledger.layoutTitle')}</summary>
      <ol>
        <li>{t('ledger.layoutExported')}</li>
        <li>
          {t('ledger.layoutSimple')}
          <ul className="ledger-help__columns">
            {IMPORT_FIELDS.map((field) => (
              <li key={field}>
                <strong>{headings[field]}</strong>{' '}
                <span className="ledger-help__need">
                  ({t(REQUIRED_IMPORT_FIELDS.includes(field) ? 'ledger.required' : 'ledger.optional')})
                </span>
              </li>
            ))}
          </ul>
          <p className="ledger-help__notes">
            {t('ledger.unitNote')} {t('ledger.stageNote')} {t('ledger.typeNote')} {t('ledger.dateNote')}
          </p>
        </li>
      </ol>
    </details>
  );
}
