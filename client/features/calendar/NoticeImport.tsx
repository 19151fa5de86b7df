import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNoticeJson, parseNoticeText, type NoticeDraft } from '../../../server/domain/calendar-notice-text.js';

/** The largest JSON file read: a year's notice is a few hundred bytes. */
const MAX_JSON_BYTES = 64 * 1024;

/** Fills the notice form from pasted lines or an uploaded JSON file; the form shows the same preview. */
export function NoticeImport({ onImport }: { onImport(draft: NoticeDraft): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const accept = (draft: NoticeDraft, found: string[]) => {
    setProblems(found);
    if (draft.blocks.length === 0 && found.length === 0) {
      setStatus(t('calendar.notice.import.nothing'));
      return;
    }
    setStatus(draft.blocks.length > 0 ? t('calendar.notice.import.read', { count: draft.blocks.length }) : '');
    if (draft.blocks.length > 0) onImport(draft);
  };

  const onReadText = () => {
    const { draft, issues } = parseNoticeText(text);
    accept(
      draft,
      issues.map((issue) => t(`calendar.notice.import.errors.${issue.key}`, { line: issue.line, text: issue.text })),
    );
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_JSON_BYTES) {
      accept({ blocks: [] }, [t('calendar.notice.import.errors.tooLarge', { name: file.name })]);
      return;
    }
    const draft = parseNoticeJson(await file.text());
    if (draft) accept(draft, []);
    else accept({ blocks: [] }, [t('calendar.notice.import.errors.notJson', { name: file.name })]);
  };

  return (
    <details className="notice-import">
      <summary>{t('calendar.notice.import.heading')}</summary>
      <p className="notice-import__hint">{t('calendar.notice.import.hint')}</p>
      <pre className="notice-import__example">{t('calendar.notice.import.example')}</pre>
      <label htmlFor={`${id}-text`}>{t('calendar.notice.import.textLabel')}</label>
      <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="notice-import__actions">
        <button type="button" onClick={onReadText} disabled={!text.trim()}>
          {t('calendar.notice.import.readText')}
        </button>
        <label className="notice-import__file">
          {t('calendar.notice.import.file')}
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {problems.length > 0 && (
        <ul className="form-error notice-import__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p role="status" className="notice-import__status">
        {status}
      </p>
    </details>
  );
}
