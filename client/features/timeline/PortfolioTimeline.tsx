import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card } from '../../lib/types.js';
import { LightBadge } from '../schedule/LightBadge.js';
import { barStyle, type TimelineScale } from '../schedule/timeline-scale.js';
import { TimeAxis } from '../schedule/TimeAxis.js';

export interface TimelineGroup {
  key: string;
  title: string | null;
  cards: Card[];
}

/** Every project on one time scale, so rows can be compared at a glance on the meeting-room screen. */
export function PortfolioTimeline(props: { groups: TimelineGroup[]; scale: TimelineScale; today: string }) {
  const { t } = useTranslation();
  const { scale, today } = props;
  return (
    <figure className="portfolio" aria-label={t('timeline.chart', { start: scale.start, end: scale.end })}>
      <figcaption className="portfolio__legend">
        <span className="portfolio__key portfolio__key--bar" aria-hidden="true" /> {t('timeline.legendBar')}
        <span className="portfolio__key portfolio__key--target" aria-hidden="true">
          ◆
        </span>{' '}
        {t('timeline.legendTarget')}
        <span className="portfolio__key portfolio__key--today" aria-hidden="true" />{' '}
        {t('timeline.legendToday', { date: today })}
      </figcaption>
      <TimelineAxis scale={scale} />
      {props.groups.map((group) => (
        <section key={group.key} className="portfolio__group" aria-label={group.title ?? undefined}>
          {group.title && (
            <h3 className={`portfolio__group-title portfolio__group-title--${group.key}`}>
              {group.title}{' '}
              <span className="portfolio__count">{t('timeline.count', { count: group.cards.length })}</span>
            </h3>
          )}
          <ol className="portfolio__rows">
            {group.cards.map((card) => (
              <PortfolioRow key={card.id} card={card} scale={scale} today={today} />
            ))}
          </ol>
        </section>
      ))}
    </figure>
  );
}

function TimelineAxis({ scale }: { scale: TimelineScale }) {
  return (
    <div className="portfolio__axis" aria-hidden="true">
      <span />
      <TimeAxis scale={scale} className="portfolio__ticks" />
    </div>
  );
}

function PortfolioRow({ card, scale, today }: { card: Card; scale: TimelineScale; today: string }) {
  const { t } = useTranslation();
  const { schedule } = card;
  const finish = schedule.projectedFinish;
  const summary = !finish
    ? t('timeline.unscheduled', { target: card.targetDate })
    : t(schedule.isTargetMissed ? 'timeline.rowMissed' : 'timeline.rowSummary', {
        projected: finish,
        target: card.targetDate,
      });
  return (
    <li className="portfolio__row" data-project={card.code}>
      <span className="portfolio__label">
        <Link to={`/projects/${card.id}`}>
          <span className="portfolio__code">{card.code}</span> {card.name}
        </Link>
      </span>
      <LightBadge light={schedule.light} />
      <div className="portfolio__track" title={summary}>
        <span className="portfolio__today" style={{ left: `${scale.at(today)}%` }} aria-hidden="true" />
        {finish && (
          <span
            className={`portfolio__bar portfolio__bar--${schedule.light ?? 'none'}`}
            style={finish < today ? barStyle(scale, finish, finish) : barStyle(scale, today, finish)}
            aria-hidden="true"
          />
        )}
        <span
          className={schedule.isTargetMissed ? 'portfolio__target portfolio__target--missed' : 'portfolio__target'}
          style={{ left: `${scale.at(card.targetDate)}%` }}
          aria-hidden="true"
        >
          ◆
        </span>
        <span className="visually-hidden">{summary}</span>
      </div>
    </li>
  );
}
