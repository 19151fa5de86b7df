import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState.js';
import { useMeeting, useReasonText, type MeetingDetail } from './use-meeting.js';
import './meetings.css';
import './minutes-print.css';

/**
 * The minutes (会议纪要): who attended, what was discussed and why, and each decision with its owner
 * unit and due date. Laid out as an A4 page: the browser's print (or "save as PDF") drops the app
 * around it; the Word version comes from the server in the reader's language.
 */
export function MinutesPage() {
  const { t } = useTranslation();
  const meeting = useMeeting(Number(useParams().id));
  return (
    <QueryState query={meeting} loading={t('meetings.meeting.loading')}>
      {(data) => <Minutes m={data} />}
    </QueryState>
  );
}

function Minutes({ m }: { m: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const reasonText = useReasonText();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <div className="minutes-page">
      <div className="minutes-page__tools">
        <Link to={`/meetings/${m.id}`}>← {m.title}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('meetings.minutes.print')}
        </button>
        <a className="meeting-button" href={`/meetings/${m.id}/minutes.docx?lang=${lang}`} download>
          {t('meetings.minutes.docx')}
        </a>
      </div>
      <article className="minutes" aria-labelledby="minutes-title">
        <h1 id="minutes-title">{t('meetings.minutes.title', { title: m.title })}</h1>
        <p className="minutes__date">{t('meetings.minutes.heldOn', { date: m.heldOn })}</p>
        {m.status !== 'finished' && <p className="minutes__draft">{t('meetings.minutes.draftNote')}</p>}
        <h2>{t('meetings.minutes.attendees')}</h2>
        <p>{m.units.length > 0 ? m.units.map((u) => u.name).join('、') : t('meetings.meeting.noAttendees')}</p>
        <h2>{t('meetings.minutes.items')}</h2>
        <ol className="minutes__items">
          {m.agenda.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>
              <span className="minutes__reason"> — {item.reasons.map(reasonText).join(' ')}</span>
            </li>
          ))}
        </ol>
        <h2>{t('meetings.minutes.decisions')}</h2>
        {m.decisions.length === 0 ? (
          <p>{t('meetings.minutes.noDecisions')}</p>
        ) : (
          <table className="minutes__decisions">
            <thead>
              <tr>
                <th scope="col" className="minutes__col-number">
                  {t('meetings.minutes.number')}
                </th>
                <th scope="col">{t('meetings.minutes.text')}</th>
                <th scope="col" className="minutes__col-owner">
                  {t('meetings.minutes.owner')}
                </th>
                <th scope="col" className="minutes__col-date">
                  {t('meetings.minutes.due')}
                </th>
                <th scope="col" className="minutes__col-date">
                  {t('meetings.minutes.newTarget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {m.decisions.map((d, i) => (
                <tr key={d.id}>
                  <td>{i + 1}</td>
                  <td>
                    {d.project && <span className="minutes__project">{`${d.project.code} ${d.project.name}`}</span>}
                    {d.text}
                  </td>
                  <td>{d.ownerUnit.name}</td>
                  <td className="minutes__col-date">{d.dueDate}</td>
                  <td className="minutes__col-date">{d.newTargetDate ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </div>
  );
}
