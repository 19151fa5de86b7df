import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.js';
import { DecisionList } from './DecisionList.js';
import {
  useCanRunMeeting,
  useMeetingChange,
  useReasonText,
  type AgendaItem,
  type MeetingDetail,
} from './use-meeting.js';

/**
 * The agenda in order, each item with why it is there. Before the meeting starts an admin moves items
 * up and down (buttons, so the keyboard can do it too) and drops them; afterwards it is as it was frozen.
 */
export function AgendaList({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Said to screen readers: the list changes under the button that was pressed.
  const [said, setSaid] = useState('');
  const isEditable = useCanRunMeeting() && meeting.status === 'draft';
  const change = useMeetingChange();
  const reorder = useMutation(trpc.meeting.reorderAgenda.mutationOptions(change));
  const drop = useMutation(trpc.meeting.dropAgendaItem.mutationOptions(change));
  const ids = meeting.agenda.map((item) => item.id);

  function move(index: number, by: -1 | 1) {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    reorder.mutate(
      { meetingId: meeting.id, itemIds: next },
      { onSuccess: () => setSaid(t('meetings.agenda.reordered')) },
    );
  }

  if (meeting.agenda.length === 0) return <p className="status">{t('meetings.meeting.emptyAgenda')}</p>;
  const isBusy = reorder.isPending || drop.isPending;
  return (
    <>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <ol className="agenda">
        {meeting.agenda.map((item, index) => (
          <li key={item.id} className={item.isRed ? 'agenda__item agenda__item--red' : 'agenda__item'}>
            <AgendaItemText item={item} />
            <DecisionList decisions={meeting.decisions.filter((d) => d.agendaItemId === item.id)} compact />
            {isEditable && (
              <div className="agenda__controls">
                <button
                  type="button"
                  disabled={isBusy || index === 0}
                  aria-label={`${t('meetings.agenda.up')}: ${item.title}`}
                  onClick={() => move(index, -1)}
                >
                  ↑ {t('meetings.agenda.up')}
                </button>
                <button
                  type="button"
                  disabled={isBusy || index === ids.length - 1}
                  aria-label={`${t('meetings.agenda.down')}: ${item.title}`}
                  onClick={() => move(index, 1)}
                >
                  ↓ {t('meetings.agenda.down')}
                </button>
                <button
                  type="button"
                  className="button--quiet"
                  disabled={isBusy}
                  aria-label={`${t('meetings.agenda.drop')}: ${item.title}`}
                  onClick={() =>
                    drop.mutate(
                      { meetingId: meeting.id, itemId: item.id },
                      { onSuccess: () => setSaid(t('meetings.agenda.dropped', { title: item.title })) },
                    )
                  }
                >
                  ✕ {t('meetings.agenda.drop')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Kind, title and the reasons it is on the agenda. */
export function AgendaItemText({ item, headingLevel = 4 }: { item: AgendaItem; headingLevel?: 2 | 4 }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  return (
    <div className="agenda__text">
      <span className={`agenda__kind agenda__kind--${item.kind}`}>{t(`meetings.agenda.kind.${item.kind}`)}</span>
      <Heading className="agenda__title">{item.title}</Heading>
      <ul className="agenda__reasons" aria-label={t('meetings.mode.why')}>
        {item.reasons.map((reason, i) => (
          <li key={i}>{reasonText(reason)}</li>
        ))}
      </ul>
    </div>
  );
}
