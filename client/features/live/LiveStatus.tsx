import { useTranslation } from 'react-i18next';
import { useLiveBoard } from './use-live-board.js';

/** Keeps the tab live and says so in the header: 实时 while changes arrive by themselves, 离线 when not. */
export function LiveStatus() {
  const { t } = useTranslation();
  const status = useLiveBoard();
  return (
    <span className={`live-status live-status--${status}`} title={t(`live.hint.${status}`)} data-status={status}>
      {t(`live.status.${status}`)}
    </span>
  );
}
