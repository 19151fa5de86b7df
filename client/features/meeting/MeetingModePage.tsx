import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgendaItemText } from './AgendaList.js';
import { DecisionDialog } from './DecisionDialog.js';
import { DecisionList } from './DecisionList.js';
import { ProjectBrief } from './ProjectBrief.js';
import { useAgendaSteps } from './use-agenda-steps.js';
import { useCanRunMeeting, useRoutedMeeting, type MeetingDetail } from './use-meeting.js';
import { QueryState } from '../../ui/QueryState.js';
import './meetings.css';

/**
 * The meeting on the wall screen: one agenda item at a time, in type readable from the back of the
 * room, with what the room needs to decide on it; decisions are recorded here and show at once.
 */
export function MeetingModePage() {
  const { t } = useTranslation();
  const meeting = useRoutedMeeting();
  return (
    <QueryState query={meeting} loading={t('meetings.meeting.loading')}>
      {(data) => <MeetingMode meeting={data} />}
    </QueryState>
  );
}

function MeetingMode({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const canRun = useCanRunMeeting();
  const total = meeting.agenda.length;
  const steps = useAgendaSteps(total);
  const section = useRef<HTMLElement>(null);
  // Says the stepping keys are heard (the effect above has run): a presenter, or a test, may press now.
  useEffect(() => section.current?.setAttribute('data-keys', 'ready'), []);
  const [isDeciding, setIsDeciding] = useState(false);
  const item = meeting.agenda[steps.index];

  return (
    <section ref={section} className="meeting-mode" aria-labelledby="meeting-mode-title">
      <header className="meeting-mode__bar">
        <h1 id="meeting-mode-title" className="meeting-mode__title">
          {meeting.title}
        </h1>
        <nav className="meeting-mode__steps" aria-label={t('meetings.mode.title')}>
          <button type="button" onClick={steps.previous} disabled={steps.index === 0}>
            ← {t('meetings.mode.previous')}
          </button>
          <span className="meeting-mode__counter" role="status" aria-live="polite">
            {total > 0 && t('meetings.mode.counter', { n: steps.index + 1, total })}
          </span>
          <button type="button" onClick={steps.next} disabled={steps.index >= total - 1}>
            {t('meetings.mode.next')} →
          </button>
        </nav>
        <span className="meeting-mode__hint">{t('meetings.mode.keysHint')}</span>
        <Link className="meeting-button" to="/?meeting=1">
          {t('meetings.mode.board')}
        </Link>
        <Link className="meeting-button" to={`/meetings/${meeting.id}`}>
          ✕ {t('meetings.mode.exit')}
        </Link>
      </header>
      {!item ? (
        <p className="meeting-mode__empty">{t('meetings.mode.empty')}</p>
      ) : (
        <div className="meeting-mode__body">
          <div className={item.isRed ? 'meeting-mode__item meeting-mode__item--red' : 'meeting-mode__item'}>
            <AgendaItemText item={item} headingLevel={2} />
          </div>
          <section className="meeting-mode__decisions" aria-labelledby="meeting-mode-decisions">
            <div className="meeting-mode__decisions-head">
              <h3 id="meeting-mode-decisions">{t('meetings.decision.title')}</h3>
              {canRun && meeting.status === 'running' && (
                <button type="button" className="primary" onClick={() => setIsDeciding(true)}>
                  {t('meetings.decision.record')}
                </button>
              )}
            </div>
            <DecisionList decisions={meeting.decisions.filter((d) => d.agendaItemId === item.id)} />
          </section>
          {item.projectId !== null ? (
            <ProjectBrief key={item.projectId} projectId={item.projectId} since={meeting.since} />
          ) : (
            <p className="meeting-mode__note">{t('meetings.mode.noProject')}</p>
          )}
        </div>
      )}
      {isDeciding && item && <DecisionDialog meeting={meeting} item={item} onClose={() => setIsDeciding(false)} />}
    </section>
  );
}
