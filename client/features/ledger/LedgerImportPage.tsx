import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerImportAnswer } from '../../../server/domain/ledger.js';
import { can } from '../../../server/domain/permissions.js';
import { NotPermittedPage } from '../../ui/NotPermittedPage.js';
import { useActor } from '../auth/use-session.js';
import { LedgerImportTable } from './LedgerImportTable.js';
import { LedgerLayoutHelp } from './LedgerLayoutHelp.js';
import { LedgerUploadError, uploadLedger } from './ledger-http.js';
import './ledger.css';

export function LedgerImportPage() {
  const actor = useActor();
  const { t } = useTranslation();
  if (!can(actor, 'importLedger')) {
    return <NotPermittedPage title={t('ledger.title')} message={t('ledger.denied')} />;
  }
  return <LedgerImportScreen />;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; dryRun: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'checked'; answer: LedgerImportAnswer }
  | { kind: 'applied'; answer: LedgerImportAnswer };

/** Pick a file, read its dry run, apply it when nothing is refused. */
function LedgerImportScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function send(chosen: File, dryRun: boolean) {
    setStep({ kind: 'busy', dryRun });
    try {
      const answer = await uploadLedger(chosen, { dryRun, lang });
      if (answer.applied) void queryClient.invalidateQueries();
      setStep({ kind: answer.applied ? 'applied' : 'checked', answer });
    } catch (error) {
      const message =
        error instanceof LedgerUploadError
          ? error.message || t('ledger.httpError', { status: error.status })
          : t('ledger.networkError');
      setStep({ kind: 'failed', message });
    }
  }

  const answer = step.kind === 'checked' || step.kind === 'applied' ? step.answer : null;
  const isRefused = (answer?.counts.refused ?? 0) > 0;
  return (
    <article className="page ledger-page">
      <h2 className="page__title">{t('ledger.title')}</h2>
      <p className="page__intro">{t('ledger.intro')}</p>
      <LedgerLayoutHelp lang={lang} />
      <div className="ledger-page__pick">
        <label htmlFor={inputId}>{t('ledger.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={step.kind === 'busy'}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            // Emptied once read, so choosing the same file again (after fixing it, or after a failure) reads it again.
            event.target.value = '';
            setFile(chosen);
            if (chosen) void send(chosen, true);
            else setStep({ kind: 'idle' });
          }}
        />
      </div>
      <div role="status" aria-live="polite" className="ledger-page__outcome">
        {step.kind === 'busy' && <p>{t(step.dryRun ? 'ledger.checking' : 'ledger.applying')}</p>}
        {step.kind === 'failed' && (
          <p className="ledger-page__failed">{t('ledger.failed', { message: step.message })}</p>
        )}
        {step.kind === 'checked' && file && <p>{t('ledger.dryRunOf', { file: file.name })}</p>}
        {step.kind === 'applied' && file && (
          <p className="ledger-page__applied">
            {t('ledger.applied', { file: file.name, ...step.answer.counts })} <Link to="/">{t('ledger.toBoard')}</Link>
          </p>
        )}
        {answer && <p className="ledger-page__counts">{t('ledger.counts', answer.counts)}</p>}
      </div>
      {step.kind === 'checked' && file && (
        <p className="ledger-page__apply">
          <button type="button" className="primary" disabled={isRefused} onClick={() => void send(file, false)}>
            {t('ledger.apply')}
          </button>
          {isRefused && <span className="ledger-page__blocked">{t('ledger.applyBlocked')}</span>}
        </p>
      )}
      {answer && <LedgerImportTable answer={answer} lang={lang} />}
    </article>
  );
}
