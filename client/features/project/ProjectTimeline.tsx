import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../lib/types.js';
import { TimeAxis } from '../schedule/TimeAxis.js';
import { barStyle, timelineScale } from '../schedule/timeline-scale.js';

type ScheduledMilestone = ProjectDetail['milestones'][number] & {
  schedule: NonNullable<ProjectDetail['milestones'][number]['schedule']>;
};

/**
 * Each milestone: the window it must happen in (latest start → latest finish), with what is projected
 * or done over it. Bars and the today line carry their dates as labels, for screen readers and tests.
 */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const rows = project.milestones.filter((m): m is ScheduledMilestone => m.schedule !== null);
  if (rows.length === 0) return null;
  const scale = timelineScale([
    project.today,
    project.targetDate,
    ...rows.flatMap(({ schedule: s }) => [s.latestStart, s.latestFinish, s.projectedStart, s.projectedFinish]),
  ]);
  const today = t('project.todayLine', { date: project.today });
  return (
    <figure className="timeline" aria-label={t('project.timeline')}>
      <figcaption className="timeline__legend">
        <span className="timeline__key timeline__key--latest" aria-hidden="true" /> {t('project.legendLatest')}
        {/* The projected bars take their light's colour, so the key shows the three lights. */}
        <span className="timeline__key timeline__key--lights" aria-hidden="true" /> {t('project.legendProjected')}
        <span>
          {scale.start} — {scale.end}
        </span>
      </figcaption>
      <div className="timeline__axis">
        <span />
        <TimeAxis scale={scale} />
      </div>
      <div className="timeline__rows">
        <div className="timeline__overlay">
          <div
            className="timeline__today"
            role="img"
            aria-label={today}
            title={today}
            style={{ left: `${scale.at(project.today)}%` }}
          />
        </div>
        <div role="list">
          {rows.map((m) => {
            const s = m.schedule;
            const latest = t('project.barLatest', { name: m.name, from: s.latestStart, to: s.latestFinish });
            const projected = t(
              m.actualFinish ? 'project.barDone' : m.actualStart ? 'project.barStarted' : 'project.barPlanned',
              {
                name: m.name,
                from: s.projectedStart,
                to: s.projectedFinish,
                light: t(`light.${s.light}`),
              },
            );
            return (
              <div key={m.id} className="timeline__row" role="listitem" aria-label={m.name}>
                <span className="timeline__label" aria-hidden="true">
                  {m.name}
                </span>
                <div className="timeline__track">
                  <div
                    className="timeline__bar timeline__bar--latest"
                    role="img"
                    aria-label={latest}
                    title={latest}
                    style={barStyle(scale, s.latestStart, s.latestFinish)}
                  />
                  <div
                    className={`timeline__bar timeline__bar--projected timeline__bar--${s.light}`}
                    role="img"
                    aria-label={projected}
                    title={projected}
                    style={barStyle(scale, s.projectedStart, s.projectedFinish)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </figure>
  );
}
