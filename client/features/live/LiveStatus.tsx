import { useIsMutating } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.js';
import { useLiveBoard } from './use-live-board.js';
import { useOnline } from './use-online.js';

/**
 * Keeps the tab live and says so in the header: 实时 while changes arrive by themselves, 离线 when the
 * stream is down or the browser has no network at all (the stream may not notice that for a while),
 * with how many of this tab's changes wait to be sent.
 */
export function LiveStatus() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const stream = useLiveBoard();
  const isOnline = useOnline();
  const unsent = useIsMutating({ mutationKey: trpc.project.move.mutationKey() });
  const status = isOnline ? stream : 'offline';
  const hint = isOnline ? t(`live.hint.${status}`) : t('live.hint.noNetwork');
  return (
    <span className={`live-status live-status--${status}`} title={hint} data-status={status}>
      {t(`live.status.${status}`)}
      {unsent > 0 && !isOnline && <span className="live-status__unsent"> · {t('live.unsent', { count: unsent })}</span>}
    </span>
  );
}
