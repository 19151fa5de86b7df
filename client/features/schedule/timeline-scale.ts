import { parseIsoDate } from '../../../server/domain/dates.js';

/** Maps ISO dates onto 0–100 % of a span, for timeline bars. */
export interface TimelineScale {
  start: string;
  end: string;
  at(date: string): number;
}

const dayOf = (iso: string) => parseIsoDate(iso) ?? Number.NaN;

export function timelineScale(dates: string[]): TimelineScale {
  const days = dates.map(dayOf);
  const min = Math.min(...days);
  const max = Math.max(...days, min + 1);
  const sorted = [...dates].sort();
  return {
    start: sorted[0]!,
    end: sorted[sorted.length - 1]!,
    at: (date) => ((dayOf(date) - min) / (max - min)) * 100,
  };
}

export function barStyle(scale: TimelineScale, from: string, to: string) {
  const left = scale.at(from);
  return { left: `${left}%`, width: `max(${scale.at(to) - left}%, 3px)` };
}
