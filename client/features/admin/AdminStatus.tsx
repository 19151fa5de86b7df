import { useTranslation } from 'react-i18next';
import type { Notice } from './admin-notice.js';

/** What an admin screen says to someone who is not an administrator. */
export function AdminDenied() {
  const { t } = useTranslation();
  return (
    <p className="status status--error" role="alert">
      {t('auth.forbidden.adminOnly', { ns: 'errors', keySeparator: false })}
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <p>{t('admin.common.loadFailed', { message })}</p>
      <button type="button" onClick={onRetry}>
        {t('admin.common.retry')}
      </button>
    </div>
  );
}

/**
 * The outcome of the last action on the page: a confirmation, or the server's refusal in the
 * user's words. Both live regions stay mounted so screen readers announce what appears in them.
 */
export function NoticeLine({ notice }: { notice: Notice | null }) {
  return (
    <>
      <p className="admin-notice" role="status">
        {notice && !notice.isError ? notice.text : ''}
      </p>
      <p className="admin-notice admin-notice--error" role="alert">
        {notice?.isError ? notice.text : ''}
      </p>
    </>
  );
}
