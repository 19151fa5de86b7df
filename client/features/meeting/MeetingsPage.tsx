import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { NewMeetingDialog } from './NewMeetingDialog.js';
import { useCanRunMeeting } from './use-meeting.js';
import './meetings.css';

/** Every meeting, latest first; admins start a new one here. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const meetings = useQuery(trpc.meeting.list.queryOptions({}));
  const canRun = useCanRunMeeting();
  const [isCreating, setIsCreating] = useState(false);

  return (
    <section className="meetings" aria-labelledby="meetings-title">
      <div className="meetings__head">
        <div>
          <h2 id="meetings-title">{t('meetings.list.title')}</h2>
          <p className="meetings__intro">{t('meetings.list.intro')}</p>
        </div>
        {canRun && (
          <button type="button" className="primary" onClick={() => setIsCreating(true)}>
            {t('meetings.list.create')}
          </button>
        )}
      </div>
      {meetings.isPending ? (
        <p className="status">{t('meetings.list.loading')}</p>
      ) : meetings.isError ? (
        <p className="status status--error" role="alert">
          {describeError(meetings.error, t)}
        </p>
      ) : meetings.data.length === 0 ? (
        <p className="status">{t('meetings.list.empty')}</p>
      ) : (
        <table className="meetings__table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.list.heldOn')}</th>
              <th scope="col">{t('meetings.list.name')}</th>
              <th scope="col">{t('meetings.list.status')}</th>
              <th scope="col">{t('meetings.list.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.data.map((m) => (
              <tr key={m.id}>
                <td>{m.heldOn}</td>
                <td>
                  <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                </td>
                <td>
                  <span className={`meeting-status meeting-status--${m.status}`}>
                    {t(`meetings.status.${m.status}`)}
                  </span>
                </td>
                <td>{t('meetings.list.countsValue', { items: m.agendaItems, decisions: m.decisions })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isCreating && (
        <NewMeetingDialog
          onCancel={() => setIsCreating(false)}
          onDone={(id) => {
            setIsCreating(false);
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </section>
  );
}
