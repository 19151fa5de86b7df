import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/errors.js';

type Tone = 'error' | 'success';

interface Notice {
  id: number;
  message: string;
  tone: Tone;
  /** Raised by a change refused because someone changed the data first: offer to load theirs. */
  offersReload?: boolean;
}

type Notify = (message: string, options?: { tone?: Tone }) => void;
const NoticeContext = createContext<Notify>(() => {});
/** A success is read at a glance and goes; an error stays until its reader closes it. */
const SUCCESS_MS = 5_000;
const MAX_SHOWN = 3;

/** Toasts: errors that must be seen (a refused move, a failed save) and brief successes, announced too. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notices, setNotices] = useState<Notice[]>([]);
  const latest = useRef<{ id: number; at: number } | null>(null);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (message: string, { tone = 'error' }: { tone?: Tone } = {}) => {
      const id = Date.now() + Math.random();
      if (tone === 'error') latest.current = { id, at: Date.now() };
      // A new message replaces the successes before it: they said what is done, and must not pile up.
      setNotices((all) => [...all.filter((n) => n.tone === 'error').slice(-(MAX_SHOWN - 1)), { id, message, tone }]);
      if (tone === 'success') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  // A mutation's own error handlers raise its notice before the mutation cache reports the failure, so
  // a CONFLICT marks the notice raised since that mutation was sent: no caller has to remember to.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (!isApiError(error) || error.data?.code !== 'CONFLICT') return;
        const notice = latest.current;
        if (!notice || notice.at < event.mutation.state.submittedAt) return;
        setNotices((all) => all.map((n) => (n.id === notice.id ? { ...n, offersReload: true } : n)));
      }),
    [queryClient],
  );
  const reload = (id: number) => {
    dismiss(id);
    void queryClient.invalidateQueries();
  };

  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="alert" aria-live="assertive">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice--${notice.tone}`}>
            <span className="notice__text">{notice.message}</span>
            {notice.offersReload && (
              <button type="button" onClick={() => reload(notice.id)}>
                {t('live.reload')}
              </button>
            )}
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
