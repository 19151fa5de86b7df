// The figures as tables for people, then as one JSON object for machines (after a line `JSON:`).
import type { DatabaseKind } from '../../server/db/client.js';
import { verdict, type BudgetRow } from './budgets.js';
import type { OperationStats, RebuildFigures } from './load.js';
import type { MemoryFigures } from './server-process.js';

export type Operation = 'auth.me' | 'board.get' | 'board.get, clients' | 'project.move' | 'cold burst';

export interface DatabaseResult {
  kind: DatabaseKind;
  migrateSeconds: number | null;
  seedSeconds: number | null;
  serverStartSeconds: number | null;
  memory: MemoryFigures | null;
  operations: Partial<Record<Operation, OperationStats>>;
  rebuild: RebuildFigures | null;
  /** Cards whose stage or version on the final board differs from what the answers said. */
  boardMismatches: number | null;
  error: string | null;
}

export interface BenchResult {
  projects: number;
  requests: { boardGet: number; projectMove: number; clients: number; seed: number };
  databases: DatabaseResult[];
  totalSeconds: number;
  ok: boolean;
}

export function printReport(result: BenchResult, budgets: BudgetRow[]): void {
  const show = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  console.log();
  printTable(
    ['database', 'operation', 'p50 ms', 'p95 ms', 'max ms', 'req/s', 'count', 'errors', 'conflicts'],
    result.databases.flatMap((db) =>
      Object.entries(db.operations).map(([operation, s]) => [
        db.kind,
        operation,
        show(s.p50Ms),
        show(s.p95Ms),
        show(s.maxMs),
        show(s.requestsPerSecond),
        show(s.count),
        show(s.errors),
        show(s.conflicts),
      ]),
    ),
  );
  console.log();
  printTable(
    ['database', 'projects', 'migrate s', 'seed s', 'server start s', 'RSS ready MB', 'peak RSS MB', 'result'],
    result.databases.map((db) => [
      db.kind,
      String(result.projects),
      show(db.migrateSeconds),
      show(db.seedSeconds),
      show(db.serverStartSeconds),
      show(db.memory?.readyMB),
      show(db.memory?.peakMB ?? db.memory?.sampledPeakMB),
      db.error ? 'FAILED' : 'ok',
    ]),
  );
  for (const db of result.databases) {
    if (db.rebuild) {
      console.log(
        `${db.kind}: rebuild after a calendar change, worst of ${db.rebuild.rounds}: ` +
          `${db.rebuild.slowestMs} ms to the new board, longest event-loop block ${db.rebuild.longestBlockMs} ms`,
      );
    }
  }
  console.log(`\nBudgets (issue 11, and issue 15 item 7), ${result.projects} projects:`);
  printTable(
    ['figure', 'where', 'measured', 'budget', 'met'],
    budgets.map((row) => [
      row.figure,
      row.where,
      row.measured === null ? '–' : `${row.measured} ${row.unit}`,
      (row.limit ? `${row.limit.at} ${row.limit.value} ${row.unit}` : '–') + (row.note ? ` (${row.note})` : ''),
      verdict(row),
    ]),
  );
  const missed = budgets.filter((row) => verdict(row) === '✗').length;
  console.log(`${budgets.filter((row) => verdict(row) === '✓').length} budgets met, ${missed} missed.`);
  for (const db of result.databases) if (db.error) console.log(`\n${db.kind} failed: ${db.error}`);
  console.log(`\nTotal ${result.totalSeconds} s. ${result.ok ? 'OK' : 'FAILED'}`);
  console.log('JSON:');
  console.log(JSON.stringify({ ...result, budgets: budgets.map((row) => ({ ...row, verdict: verdict(row) })) }));
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  // Names align left, figures right.
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
