// Issue 11's budgets (and issue 15 item 7's two seconds) beside what this run measured, with a ✓ or
// ✗ for each. The 1,000 column applies up to 1,000 projects, the 10,000 column above. A figure that
// was not measured (no browser, no baseline) shows as "–" and counts as neither.
import type { BrowserResult } from '../bench-browser.js';
import type { DatabaseResult } from './report.js';

export interface BudgetRow {
  figure: string;
  where: string;
  measured: number | null;
  unit: string;
  /** `≤` or `≥` the limit. */
  limit: { at: '≤' | '≥'; value: number } | null;
  /** Why a row is shown but not judged (the budget is set for another database, say). */
  note?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
};
const maxOf = (values: number[]) => (values.length === 0 ? null : Math.max(...values));

/** `baselineBoardGetP50Ms`: the warm board.get p50 of a 1,000-project run, for the 10,000 budget. */
export function budgetRows(
  projects: number,
  databases: DatabaseResult[],
  browser: BrowserResult | null,
  baselineBoardGetP50Ms: Partial<Record<string, number>>,
  clients: number,
): BudgetRow[] {
  const isLarge = projects > 1000;
  const by = <T>(small: T, large: T) => (isLarge ? large : small);
  const rows: BudgetRow[] = [];
  if (browser) {
    const where = `Chromium, on ${databases[0]?.kind ?? '?'}`;
    const frames = browser.drags.filter((drag) => drag.error === null).flatMap((drag) => drag.frameMs);
    rows.push({
      figure: `navigation → board painted, median of ${browser.load?.paintedMs.length ?? 0}`,
      where,
      measured: median(browser.load?.paintedMs ?? []),
      unit: 'ms',
      limit: { at: '≤', value: by(1000, 2500) },
    });
    if (!isLarge) {
      rows.push({
        figure: 'frame time while dragging, median',
        where,
        measured: median(frames),
        unit: 'ms',
        limit: { at: '≤', value: 16.7 },
      });
    }
    rows.push({
      figure: 'frame time while dragging, worst',
      where,
      measured: maxOf(frames),
      unit: 'ms',
      limit: { at: '≤', value: by(50, 100) },
    });
    rows.push({
      figure: `another tab shows a move, p95 of ${browser.patches?.length ?? 0}`,
      where,
      measured: percentile(browser.patches ?? [], 0.95),
      unit: 'ms',
      limit: { at: '≤', value: by(150, 500) },
    });
  }
  for (const db of databases) {
    const ops = db.operations;
    const boardP50 = ops['board.get']?.p50Ms ?? null;
    const meP50 = ops['auth.me']?.p50Ms ?? null;
    const baseline = baselineBoardGetP50Ms[db.kind];
    rows.push({
      figure: isLarge
        ? 'warm board.get p50, one client (≤ 10× the 1,000 run)'
        : 'warm board.get p50, one client (≤ 2× auth.me)',
      where: db.kind,
      measured: boardP50,
      unit: 'ms',
      limit: isLarge
        ? baseline === undefined
          ? null
          : { at: '≤', value: 10 * baseline }
        : meP50 === null
          ? null
          : { at: '≤', value: Math.round(2 * meP50 * 10) / 10 },
      ...(isLarge && baseline === undefined && { note: 'no 1,000 run given (--baseline)' }),
    });
    rows.push({
      figure: `board.get throughput, ${clients} clients`,
      where: db.kind,
      measured: ops['board.get, clients']?.requestsPerSecond ?? null,
      unit: 'req/s',
      limit: { at: '≥', value: by(300, 30) },
      ...(db.kind !== 'postgres' && { note: 'budget set for PostgreSQL' }),
    });
    for (const [name, value, limit] of [
      ['p50', ops['project.move']?.p50Ms, 10],
      ['p95', ops['project.move']?.p95Ms, 30],
    ] as const) {
      rows.push({
        figure: `project.move ${name}, one client`,
        where: db.kind,
        measured: value ?? null,
        unit: 'ms',
        limit: { at: '≤', value: limit },
      });
    }
    rows.push({
      figure: 'rebuild after a calendar change: longest event-loop block',
      where: db.kind,
      measured: db.rebuild?.longestBlockMs ?? null,
      unit: 'ms',
      limit: { at: '≤', value: by(100, 250) },
    });
    rows.push({
      figure: 'server RSS after the load (peak)',
      where: db.kind,
      measured: db.memory?.peakMB ?? db.memory?.sampledPeakMB ?? null,
      unit: 'MB',
      limit: { at: '≤', value: by(500, 800) },
      ...(db.kind !== 'pglite' && { note: 'budget set for PGlite' }),
    });
    rows.push({
      figure: 'cold burst: slowest request (issue 15)',
      where: db.kind,
      measured: ops['cold burst']?.maxMs ?? null,
      unit: 'ms',
      limit: { at: '≤', value: 2000 },
    });
  }
  return rows;
}

/** ✓, ✗, or – when there is nothing to judge. */
export function verdict(row: BudgetRow): '✓' | '✗' | '–' {
  if (row.measured === null || row.limit === null || row.note) return '–';
  const isMet = row.limit.at === '≤' ? row.measured <= row.limit.value : row.measured >= row.limit.value;
  return isMet ? '✓' : '✗';
}
