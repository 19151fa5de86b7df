import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { axisTicks, type AxisWords, type TimelineScale } from './timeline-scale.js';
import './timeline.css';

const FONT_PX = 11; // .time-axis__tick's font size: the thinning measures labels at it

/** Date ticks along a timeline's track, as many as fit the width it has without two labels touching. */
export function TimeAxis({ scale, className = '' }: { scale: TimelineScale; className?: string }) {
  const { i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(element);
    setWidth(element.getBoundingClientRect().width);
    return () => observer.disconnect();
  }, []);
  const words = useMemo<AxisWords>(() => {
    const isEnglish = i18n.language === 'en';
    const month = new Intl.DateTimeFormat(isEnglish ? 'en-GB' : 'zh-CN', { month: 'short', timeZone: 'UTC' });
    const monthOf = (m: number) => month.format(new Date(Date.UTC(2000, m - 1, 1)));
    return {
      month: monthOf,
      year: (year) => (isEnglish ? String(year) : `${year}年`),
      monthOfYear: (year, m) => (isEnglish ? `${monthOf(m)} ${year}` : `${year}年${monthOf(m)}`),
    };
  }, [i18n.language]);
  const ticks = width > 0 ? axisTicks(scale, width, words, FONT_PX) : [];
  return (
    <div ref={ref} className={`time-axis ${className}`} aria-hidden="true">
      {ticks.map((tick) => (
        <span
          key={tick.date}
          className={tick.isYear ? 'time-axis__tick time-axis__tick--year' : 'time-axis__tick'}
          style={{ left: `${tick.at}%` }}
        >
          {tick.label}
        </span>
      ))}
    </div>
  );
}
