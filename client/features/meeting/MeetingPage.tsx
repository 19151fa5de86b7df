import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc.js';
import { AddAgendaItemForm } from './AddAgendaItemForm.js';
import { AgendaList } from './AgendaList.js';
import { QueryState } from '../../ui/QueryState.js';
import { useCanRunMeeting, useMeetingChange, useRoutedMeeting, type MeetingDetail } from './use-meeting.js';
import './meetings.css';

/** One meeting: its agenda, prepared here before the meeting (admins), read by everyone. */
export function MeetingPage() {
  const { t } = useTranslation();
  const meeting = useRoutedMeeting();
  return (
    <QueryState query={meeting} loading={t('meetings.meeting.loading')}>
      {(data) => <MeetingAgenda m={data} />}
    </QueryState>
  );
}

function MeetingAgenda({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <section className="meeting" aria-labelledby="meeting-title">
      <p>
        <Link to="/meetings">← {t('meetings.meeting.back')}</Link>
      </p>
      <div className="meeting__head">
        <div>
          <h2 id="meeting-title">{m.title}</h2>
          <p className="meeting__meta">
            <span>{m.heldOn}</span>
            <span className={`meeting-status meeting-status--${m.status}`}>{t(`meetings.status.${m.status}`)}</span>
            <span>{t('meetings.meeting.since', { since: m.since })}</span>
          </p>
          <p className="meeting__units">
            <strong>{t('meetings.meeting.attendees')}</strong>
            {' · '}
            {m.units.length > 0 ? m.units.map((u) => u.name).join('、') : t('meetings.meeting.noAttendees')}
          </p>
        </div>
        <MeetingActions meeting={m} />
      </div>
      {m.status !== 'draft' && <p className="meeting__note">{t('meetings.meeting.agendaFrozen')}</p>}
      <h3>{t('meetings.meeting.agenda')}</h3>
      <AgendaList meeting={m} />
      {m.status === 'draft' && <AddAgendaItemForm meetingId={m.id} />}
    </section>
  );
}

function MeetingActions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const canRun = useCanRunMeeting();
  const change = useMeetingChange();
  const start = useMutation(
    trpc.meeting.start.mutationOptions({
      ...change,
      onSuccess: () => {
        void navigate(`/meetings/${meeting.id}/run`);
      },
    }),
  );
  const finish = useMutation(trpc.meeting.finish.mutationOptions(change));
  return (
    <div className="meeting__actions">
      {canRun && meeting.status === 'draft' && (
        <button
          type="button"
          className="primary"
          disabled={start.isPending}
          onClick={() => {
            if (window.confirm(t('meetings.meeting.startConfirm'))) start.mutate({ id: meeting.id });
          }}
        >
          {t('meetings.meeting.start')}
        </button>
      )}
      <Link className="meeting-button" to={`/meetings/${meeting.id}/run`}>
        {t('meetings.meeting.run')}
      </Link>
      {canRun && meeting.status === 'running' && (
        <button
          type="button"
          disabled={finish.isPending}
          onClick={() => {
            if (window.confirm(t('meetings.meeting.finishConfirm'))) finish.mutate({ id: meeting.id });
          }}
        >
          {t('meetings.meeting.finish')}
        </button>
      )}
      <Link className="meeting-button" to={`/meetings/${meeting.id}/minutes`}>
        {t('meetings.meeting.minutes')}
      </Link>
      {!canRun && <p className="meeting__readonly">{t('meetings.meeting.readOnly')}</p>}
    </div>
  );
}
