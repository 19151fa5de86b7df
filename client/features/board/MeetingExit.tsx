import { useTranslation } from 'react-i18next';

/**
 * The one control meeting-room mode keeps: a way out, in a thin strip of its own above the board, so it
 * never covers a column head or a card (the heads stick just below it).
 */
export function MeetingExit({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation();
  return (
    <div className="meeting-bar">
      <button type="button" className="meeting-exit" title={t('meeting.exitHint')} onClick={onLeave}>
        <span aria-hidden="true">✕</span> {t('meeting.exit')}
      </button>
    </div>
  );
}
