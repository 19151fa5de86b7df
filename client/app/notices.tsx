import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Notice {
  id: number;
  message: string;
}

const NoticeContext = createContext<(message: string) => void>(() => {});
const NOTICE_MS = 10_000;

/** Messages that must be seen (a refused move, a failed save), announced to screen readers too. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (message: string) => {
      const id = Date.now() + Math.random();
      setNotices((all) => [...all.slice(-2), { id, message }]);
      setTimeout(() => dismiss(id), NOTICE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="alert" aria-live="assertive">
        {notices.map((notice) => (
          <div key={notice.id} className="notice">
            <span>{notice.message}</span>
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('notice.dismiss')}
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotify() {
  return useContext(NoticeContext);
}
