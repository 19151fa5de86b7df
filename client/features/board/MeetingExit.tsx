import { useTranslation } from 'react-i18next';

/** The one control meeting-room mode keeps: a way out, in a corner. */
export function MeetingExit({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="meeting-exit" title={t('meeting.exitHint')} onClick={onLeave}>
      <span aria-hidden="true">✕</span> {t('meeting.exit')}
    </button>
  );
}
