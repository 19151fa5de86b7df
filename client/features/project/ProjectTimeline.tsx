import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../lib/types.js';
import { barStyle, timelineScale } from '../schedule/timeline-scale.js';

/** Each milestone: the window it must happen in (latest start → latest finish), with what is projected or done over it. */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const rows = project.milestones.filter((m) => m.schedule);
  if (rows.length === 0) return null;
  const scale = timelineScale([
    project.today,
    project.targetDate,
    ...rows.flatMap((m) => [
      m.schedule!.latestStart,
      m.schedule!.latestFinish,
      m.schedule!.projectedStart,
      m.schedule!.projectedFinish,
    ]),
  ]);
  return (
    <figure className="timeline" aria-label={t('project.timeline')}>
      <figcaption className="timeline__legend">
        <span className="timeline__key timeline__key--latest" /> {t('project.legendLatest')}
        <span className="timeline__key timeline__key--projected" /> {t('project.legendProjected')}
        <span>
          {scale.start} — {scale.end}
        </span>
      </figcaption>
      <div className="timeline__rows">
        <div className="timeline__overlay">
          <div
            className="timeline__today"
            style={{ left: `${scale.at(project.today)}%` }}
            title={t('project.todayLine', { date: project.today })}
          />
        </div>
        {rows.map((m) => {
          const s = m.schedule!;
          return (
            <div key={m.id} className="timeline__row">
              <span className="timeline__label">{m.name}</span>
              <div className="timeline__track">
                <div
                  className="timeline__bar timeline__bar--latest"
                  style={barStyle(scale, s.latestStart, s.latestFinish)}
                />
                <div
                  className={`timeline__bar timeline__bar--projected timeline__bar--${s.light}`}
                  style={barStyle(scale, s.projectedStart, s.projectedFinish)}
                  title={`${s.projectedStart} → ${s.projectedFinish}`}
                />
              </div>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
