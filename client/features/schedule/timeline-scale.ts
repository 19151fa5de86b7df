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

export interface AxisTick {
  date: string;
  /** Position on the scale, 0–100 %. */
  at: number;
  label: string;
  isYear: boolean;
}

export interface AxisWords {
  month(month: number): string;
  year(year: number): string;
  /** The first tick names its year too, when no January tick does. */
  monthOfYear(year: number, month: number): string;
}

/**
 * How wide a tick label is, in px, at `fontPx`: CJK characters are about 1 em, Latin letters and digits
 * about 0.6 em. An estimate, erring wide, so that two labels never touch.
 */
export function labelWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.62;
  return ems * fontPx;
}

const TICK_PADDING_PX = 4; // the label's left padding after its tick line
const TICK_GAP_PX = 8;

/**
 * Month starts across the scale, thinned until no two labels overlap on a track `widthPx` wide:
 * years are kept first, then half-years, quarters and the other months, each only where it fits.
 */
export function axisTicks(scale: TimelineScale, widthPx: number, words: AxisWords, fontPx = 11): AxisTick[] {
  const [startYear, startMonth] = [Number(scale.start.slice(0, 4)), Number(scale.start.slice(5, 7))];
  const candidates: (AxisTick & { month: number; year: number })[] = [];
  for (let i = startYear * 12 + startMonth - 1; ; i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > scale.end) break;
    if (date < scale.start) continue;
    const isYear = month === 1;
    candidates.push({
      date,
      at: scale.at(date),
      isYear,
      year,
      month,
      label: isYear ? words.year(year) : words.month(month),
    });
  }
  const rank = (m: number) => (m === 1 ? 0 : (m - 1) % 6 === 0 ? 1 : (m - 1) % 3 === 0 ? 2 : 3);
  const span = (tick: { at: number; label: string }) => {
    const left = (tick.at / 100) * widthPx;
    return [left, left + TICK_PADDING_PX + labelWidth(tick.label, fontPx)] as const;
  };
  const fits = (kept: readonly { at: number; label: string }[], tick: { at: number; label: string }) => {
    const [left, right] = span(tick);
    if (right > widthPx + TICK_GAP_PX) return false;
    return kept.every((other) => {
      const [l, r] = span(other);
      return right + TICK_GAP_PX <= l || r + TICK_GAP_PX <= left;
    });
  };
  const kept: typeof candidates = [];
  for (const tick of [...candidates].sort((a, b) => rank(a.month) - rank(b.month) || a.date.localeCompare(b.date))) {
    if (fits(kept, tick)) kept.push(tick);
  }
  kept.sort((a, b) => a.date.localeCompare(b.date));
  // Without a January on the axis, the first tick says which year it is, if its longer label still fits.
  if (kept.length > 0 && !kept.some((tick) => tick.isYear)) {
    const first = kept[0]!;
    const named = { ...first, label: words.monthOfYear(first.year, first.month) };
    if (fits(kept.slice(1), named)) kept[0] = named;
    else if (fits(kept.slice(2), named)) kept.splice(0, 2, named);
  }
  return kept.map(({ date, at, label, isYear }) => ({ date, at, label, isYear }));
}
