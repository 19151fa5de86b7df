import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import { MyActionItemsSummary, OverviewSummary } from './DigestOverview.js';
import { noticeLink, noticeSubject, noticeText, type Notice } from './notice-text.js';
import { formatDateTime } from '../../lib/format.js';
import { LoadMoreButton } from '../../ui/LoadMoreButton.js';
import './notifications.css';
import { useDismiss } from '../../ui/use-dismiss.js';

const REFRESH_MS = 60_000;

/**
 * The bell in the header: how many notices are unread, and the newest in a popover; each links to
 * its project and counts as read once followed. Refreshes every minute, when the window regains
 * focus, and on every live project event (the live hook invalidates it; a blocker step is one).
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const actor = useActor();

  const list = useInfiniteQuery(
    trpc.notification.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor, refetchInterval: REFRESH_MS, refetchOnWindowFocus: 'always' },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const markAllRead = useMutation(trpc.notification.markAllRead.mutationOptions({ onSettled: refresh }));

  useDismiss(isOpen, close, rootRef, buttonRef);

  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const notices = list.data?.pages.flatMap((page) => page.items) ?? [];
  const label = unread > 0 ? t('notifications.bell.labelUnread', { count: unread }) : t('notifications.bell.label');

  function onFollow(notice: Notice) {
    setOpen(false);
    if (!notice.isRead) markRead.mutate({ ids: [notice.id] });
  }

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-label={label}
        title={label}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {isOpen && (
        <section id={panelId} className="bell__panel" role="dialog" aria-label={t('notifications.bell.title')}>
          <header className="bell__head">
            <h2>{t('notifications.bell.title')}</h2>
            <button type="button" disabled={unread === 0 || markAllRead.isPending} onClick={() => markAllRead.mutate()}>
              {t('notifications.bell.markAllRead')}
            </button>
          </header>
          {actor.role === 'admin' && <OverviewSummary onFollow={() => setOpen(false)} />}
          {actor.unitIds.length > 0 && <MyActionItemsSummary onFollow={() => setOpen(false)} />}
          {list.isPending ? (
            <p className="bell__status">{t('notifications.bell.loading')}</p>
          ) : list.isError ? (
            <div className="bell__status" role="alert">
              <p>{t('notifications.bell.loadFailed', { message: describeError(list.error, t) })}</p>
              <button type="button" onClick={() => void list.refetch()}>
                {t('notifications.bell.retry')}
              </button>
            </div>
          ) : notices.length === 0 ? (
            <p className="bell__status">{t('notifications.bell.empty')}</p>
          ) : (
            <ul className="bell__list">
              {notices.map((notice) => (
                <li key={notice.id} className={notice.isRead ? 'notice-item' : 'notice-item notice-item--unread'}>
                  <Link to={noticeLink(notice)} onClick={() => onFollow(notice)}>
                    <span className="notice-item__project">{noticeSubject(notice)}</span>
                    <span className="notice-item__text">{noticeText(notice, t, i18n.language)}</span>
                    <span className="notice-item__time">
                      {!notice.isRead && <span className="notice-item__dot">{t('notifications.bell.unread')}</span>}
                      <time dateTime={notice.createdAt.toISOString()} title={t('admin.audit.timeZone')}>
                        {formatDateTime(notice.createdAt, undefined, { seconds: false })}
                      </time>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <LoadMoreButton query={list} label={t('notifications.bell.more')} className="bell__more" />
          <footer className="bell__foot">
            <Link to="/digest" onClick={() => setOpen(false)}>
              {t('notifications.bell.digest')}
            </Link>
          </footer>
        </section>
      )}
    </div>
  );
}
