// A plain SVG line chart: rates from 0 to 100 % over a few periods, one line a unit, with a legend.
// Written here rather than taken from a chart library: one small chart does not justify the bytes,
// and it prints and scales like the rest of the page.
export interface TrendSeries {
  id: number;
  name: string;
  /** 0…1 per period, or null where the unit had nothing to count. */
  values: (number | null)[];
}

const PALETTE = [
  '#2f6fb0',
  '#c77700',
  '#2e7d4f',
  '#b3261e',
  '#7b4fb0',
  '#0f8a8a',
  '#a35d2a',
  '#5f6b7a',
  '#c2408f',
  '#6b8e23',
];
const W = 640;
const H = 240;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };

export function TrendChart({ label, periods, series }: { label: string; periods: string[]; series: TrendSeries[] }) {
  const x = (i: number) =>
    PAD.left + (periods.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (periods.length - 1));
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  const colour = (i: number) => PALETTE[i % PALETTE.length]!;
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="trend-chart__grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="trend-chart__tick">
              {v * 100}%
            </text>
          </g>
        ))}
        {periods.map((p, i) => (
          <text key={p} x={x(i)} y={H - 8} textAnchor="middle" className="trend-chart__tick">
            {p}
          </text>
        ))}
        {series.map((s, n) => (
          // Past the palette's length the colours come round again, dashed this time.
          <g key={s.id} stroke={colour(n)} fill={colour(n)} strokeDasharray={n >= PALETTE.length ? '6 3' : undefined}>
            {/* A gap where a period had nothing to count: the line stops rather than dips to zero. */}
            {segments(s.values).map((segment) => (
              <polyline
                key={segment[0]}
                fill="none"
                strokeWidth={2}
                points={segment.map((i) => `${x(i)},${y(s.values[i]!)}`).join(' ')}
              />
            ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} cx={x(i)} cy={y(v)} r={3.5}>
                  <title>{`${s.name} ${periods[i]}: ${Math.round(v * 1000) / 10}%`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="trend-chart__legend">
          {series.map((s, n) => (
            <li key={s.id}>
              <span
                className="trend-chart__swatch"
                style={{ borderColor: colour(n), borderTopStyle: n >= PALETTE.length ? 'dashed' : 'solid' }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Runs of consecutive periods that have a value. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  });
  return runs;
}
