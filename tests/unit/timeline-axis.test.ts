import { describe, expect, test } from 'vitest';
import { axisTicks, labelWidth, timelineScale, type AxisWords } from '../../client/features/schedule/timeline-scale.js';

const zh: AxisWords = {
  month: (m) => `${m}月`,
  year: (y) => `${y}年`,
  monthOfYear: (y, m) => `${y}年${m}月`,
};
const FONT = 11;

/** The labels' extents in px, as the axis draws them: tick line, padding, text. */
function overlaps(ticks: ReturnType<typeof axisTicks>, width: number): string[] {
  const spans = ticks.map(
    (t) => [(t.at / 100) * width, (t.at / 100) * width + 4 + labelWidth(t.label, FONT), t.label] as const,
  );
  const clashes: string[] = [];
  for (let i = 1; i < spans.length; i++)
    if (spans[i]![0] < spans[i - 1]![1]) clashes.push(`${spans[i - 1]![2]}|${spans[i]![2]}`);
  return clashes;
}

describe('a timeline axis', () => {
  // The portfolio's span starting in October: "2026年10月" once collided with "2027年".
  const scale = timelineScale(['2026-10-20', '2030-06-30']);

  test.each([200, 320, 600, 1000, 1600])('labels never overlap on a %i px track', (width) => {
    const ticks = axisTicks(scale, width, zh, FONT);
    expect(overlaps(ticks, width)).toEqual([]);
    expect(ticks.length).toBeGreaterThan(0);
  });

  test('a wider track shows more ticks, years first', () => {
    const narrow = axisTicks(scale, 320, zh, FONT);
    const wide = axisTicks(scale, 1600, zh, FONT);
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.filter((t) => t.isYear).map((t) => t.label)).toEqual(['2027年', '2028年', '2029年', '2030年']);
    expect(wide.map((t) => t.label)).toEqual(expect.arrayContaining(['2027年', '2028年', '4月', '7月']));
  });

  test('a span within one year names its year on the first tick', () => {
    const ticks = axisTicks(timelineScale(['2026-03-10', '2026-11-20']), 500, zh, FONT);
    expect(ticks[0]!.label).toMatch(/^2026年\d+月$/);
    expect(ticks.slice(1).every((t) => /^\d+月$/.test(t.label))).toBe(true);
    expect(overlaps(ticks, 500)).toEqual([]);
  });
});
