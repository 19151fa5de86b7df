// `npm run bench [-- --projects 10000 --baseline bench-1000.json …]`: seeds a board of N projects into
// a temporary PGlite directory and, when TEST_DATABASE_URL names a server, a fresh PostgreSQL
// database; starts the real server on each as a child process; drives auth.me, board.get (one client,
// then several) and project.move over loopback HTTP, times the rebuild after a calendar change (with
// the server's longest event-loop block, scripts/bench/loop-probe.ts), then a cold burst of readers
// and writers; prints latencies, throughput, seeding time and the server's memory. On the first
// database it also opens the board in Chromium (scripts/bench-browser.ts): page-load time to all
// cards painted, frame times while a card is dragged across the columns, and how soon another tab
// shows a move. Last, every budget of issue 11 (and issue 15 item 7) beside its figure, ✓ or ✗.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { DatabaseKind } from '../server/db/client.js';
import { chromiumPath } from '../tests/e2e/harness.js';
import { benchBrowser, printBrowserReport, type BrowserOptions, type BrowserResult } from './bench-browser.js';
import { prepareDatabase } from './bench/databases.js';
import { budgetRows } from './bench/budgets.js';
import {
  benchAuthMe,
  benchBoardGet,
  benchCalendarRebuild,
  benchColdBurst,
  benchProjectMove,
  readBoard,
  signInForBench,
  type LoadOptions,
} from './bench/load.js';
import { printReport, type BenchResult, type DatabaseResult } from './bench/report.js';
import { startServerProcess } from './bench/server-process.js';
import { Cleanups, elapsedSeconds, errorMessage, round, seededRandom } from './bench/util.js';

const USAGE = `Usage: npm run bench -- [options]
  --projects N       projects to seed, ten milestones each (default: $BENCH_PROJECTS or 1000)
  --gets N           auth.me and board.get requests from one client (default 200)
  --clients N        clients asking board.get at once for the throughput, 3 × --gets in all (default 10)
  --moves N          project.move requests from one client (default 200)
  --rebuilds N       calendar changes, each followed by a board.get (default 3)
  --readers N        board.get all at once on a cold board, beside --writers N project.move (default 200, 20)
  --seed N           seed of the random moves (default 1)
  --out FILE         also write the JSON result to FILE
  --baseline FILE    a 1,000-project run's --out, for the 10,000 budget of board.get (≤ 10× its p50)
  --databases LIST   pglite,postgres (default: pglite, plus postgres when TEST_DATABASE_URL is set)
  --timeout-ms N     per request (default 120000); --budget-s N per phase (default 300)
  --browser WHEN     auto, on or off: the board in Chromium, on the first database (auto: on up
                     to 1000 projects when a Chromium is found); needs a built client (\`npm run build\`)
  --loads N          timed page loads after a first one with an empty cache (default 5)
  --drags N          mouse drags from the first column to the third (default 3)
  --drag-ms N        duration of each drag (default 2000)
  --drag-wobble PX   swing the pointer up and down by PX on its way across (default 0)
  --patches N        moves sent while a board is open, each timed until it shows there (default 10)`;

const { values: args } = parseArgs({
  options: {
    projects: { type: 'string', default: process.env.BENCH_PROJECTS ?? '1000' },
    gets: { type: 'string', default: '200' },
    moves: { type: 'string', default: '200' },
    clients: { type: 'string', default: '10' },
    rebuilds: { type: 'string', default: '3' },
    out: { type: 'string' },
    baseline: { type: 'string' },
    seed: { type: 'string', default: '1' },
    databases: { type: 'string', default: process.env.TEST_DATABASE_URL ? 'pglite,postgres' : 'pglite' },
    'timeout-ms': { type: 'string', default: '120000' },
    'budget-s': { type: 'string', default: '300' },
    browser: { type: 'string', default: 'auto' },
    loads: { type: 'string', default: '5' },
    readers: { type: 'string', default: '200' },
    writers: { type: 'string', default: '20' },
    drags: { type: 'string', default: '3' },
    'drag-ms': { type: 'string', default: '2000' },
    'drag-wobble': { type: 'string', default: '0' },
    patches: { type: 'string', default: '10' },
    help: { type: 'boolean', default: false },
  },
});

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got ${JSON.stringify(text)}\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const projects = wholeNumber('projects', args.projects, 1);
const gets = wholeNumber('gets', args.gets, 0);
const moves = wholeNumber('moves', args.moves, 0);
const seed = wholeNumber('seed', args.seed, 0);
const clients = wholeNumber('clients', args.clients, 1);
const rebuilds = wholeNumber('rebuilds', args.rebuilds, 0);
const burst = { readers: wholeNumber('readers', args.readers, 0), writers: wholeNumber('writers', args.writers, 0) };
const load: LoadOptions = {
  concurrency: 1,
  requestTimeoutMs: wholeNumber('timeout-ms', args['timeout-ms'], 1),
  phaseBudgetMs: wholeNumber('budget-s', args['budget-s'], 1) * 1000,
};
if (!['auto', 'on', 'off'].includes(args.browser)) {
  console.error(`--browser takes auto, on or off, got ${JSON.stringify(args.browser)}\n\n${USAGE}`);
  process.exit(2);
}
const hasChromium = (() => {
  try {
    return chromiumPath() !== '';
  } catch {
    return false;
  }
})();
const isBrowserOn = args.browser === 'on' || (args.browser === 'auto' && projects <= 1000 && hasChromium);
if (args.browser === 'auto' && !hasChromium) console.log('No Chromium found: the browser part is skipped.');
const browserOptions: BrowserOptions = {
  loads: wholeNumber('loads', args.loads, 0),
  drags: wholeNumber('drags', args.drags, 0),
  dragMs: wholeNumber('drag-ms', args['drag-ms'], 100),
  wobblePx: wholeNumber('drag-wobble', args['drag-wobble'], 0),
  patches: wholeNumber('patches', args.patches, 0),
  timeoutMs: Math.max(load.requestTimeoutMs, 60_000),
};
let browser = null as BrowserResult | null; // set inside benchDatabase, on the first database
const kinds = args.databases.split(',').map((kind) => kind.trim());
for (const kind of kinds) {
  if (kind !== 'pglite' && kind !== 'postgres') {
    console.error(`--databases takes pglite and/or postgres, got ${JSON.stringify(kind)}\n\n${USAGE}`);
    process.exit(2);
  }
}
if (kinds.includes('postgres') && !process.env.TEST_DATABASE_URL) {
  console.error('--databases postgres needs TEST_DATABASE_URL (a server where the bench may create a database)');
  process.exit(2);
}

/** One database from empty to measured; every step it creates is undone by `cleanups`. */
async function benchDatabase(kind: DatabaseKind, cleanups: Cleanups): Promise<DatabaseResult> {
  const result: DatabaseResult = {
    kind,
    migrateSeconds: null,
    seedSeconds: null,
    serverStartSeconds: null,
    memory: null,
    operations: {},
    rebuild: null,
    boardMismatches: null,
    error: null,
  };
  try {
    console.log(`[${kind}] seeding ${projects} projects…`);
    const db = await prepareDatabase(kind, projects, cleanups);
    result.migrateSeconds = round(db.migrateSeconds, 2);
    result.seedSeconds = round(db.seedSeconds, 2);

    console.log(`[${kind}] seeded in ${result.seedSeconds} s; starting the server…`);
    const started = performance.now();
    const server = await startServerProcess(db.env, cleanups, 120_000);
    result.serverStartSeconds = round(elapsedSeconds(started), 2);
    try {
      load.cookie = await signInForBench(server.url);
      let cards = await readBoard(server.url, load);
      if (cards.size !== projects) throw new Error(`The board shows ${cards.size} cards, expected ${projects}`);

      if (isBrowserOn && browser === null) {
        // Before the HTTP load, so neither measurement competes with the other for the CPU.
        console.log(
          `[${kind}] the board in Chromium: ${browserOptions.loads + 1} loads, ${browserOptions.drags} drags…`,
        );
        browser = await benchBrowser(server.url, load.cookie, cards.size, browserOptions);
        cards = await readBoard(server.url, load); // its moves changed stages and versions
      }

      console.log(`[${kind}] ${server.url}: ${gets} × auth.me, ${gets} × board.get, one client…`);
      result.operations['auth.me'] = await benchAuthMe(server.url, gets, load);
      result.operations['board.get'] = await benchBoardGet(server.url, gets, load);
      console.log(`[${kind}] ${3 * gets} × board.get, ${clients} clients…`);
      const many = { ...load, concurrency: clients };
      result.operations['board.get, clients'] = await benchBoardGet(server.url, 3 * gets, many);
      console.log(`[${kind}] ${moves} × project.move, one client…`);
      result.operations['project.move'] = await benchProjectMove(server.url, cards, moves, seededRandom(seed), load);
      if (rebuilds > 0) {
        console.log(`[${kind}] ${rebuilds} calendar changes, each followed by board.get…`);
        result.rebuild = await benchCalendarRebuild(server.url, () => server.longestBlockMs(), rebuilds, load);
      }

      if (burst.readers + burst.writers > 0) {
        console.log(`[${kind}] cold board: ${burst.readers} × board.get and ${burst.writers} × project.move at once…`);
        const readerCookie = await signInForBench(server.url);
        const stats = await benchColdBurst(server.url, cards, burst, seededRandom(seed + 1), load, readerCookie);
        result.operations['cold burst'] = stats;
        console.log(
          `[${kind}] cold burst: slowest request ${stats.maxMs} ms (reader ${stats.slowest?.readMs} ms, ` +
            `writer ${stats.slowest?.writeMs} ms), p95 ${stats.p95Ms} ms`,
        );
      }

      const final = await readBoard(server.url, load);
      result.boardMismatches = [...cards].filter(([id, card]) => {
        const actual = final.get(id);
        return actual?.stage !== card.stage || actual.version !== card.version;
      }).length;
    } finally {
      const { memory, earlyExit } = await server.stop();
      result.memory = memory;
      result.error = earlyExit;
    }

    const failures = Object.entries(result.operations).filter(([, stats]) => stats.errors > 0);
    if (result.error === null && failures.length > 0) {
      result.error = failures
        .map(([operation, stats]) => `${operation}: ${stats.errors} errors, first: ${stats.firstError}`)
        .join('; ');
    } else if (result.error === null && result.boardMismatches > 0) {
      result.error = `${result.boardMismatches} cards on the final board differ from the answers the moves got`;
    }
  } catch (error) {
    result.error ??= errorMessage(error); // a server that died says more than the request that found it gone
  }
  return result;
}

/** The warm board.get p50 per database of an earlier run's --out file (a 1,000-project run). */
async function baselineOf(file: string | undefined): Promise<Partial<Record<string, number>>> {
  if (!file) return {};
  try {
    const earlier = JSON.parse(await readFile(file, 'utf8')) as BenchResult;
    if (earlier.projects > 1000)
      console.error(`Warning: the baseline ${file} is a run of ${earlier.projects} projects`);
    return Object.fromEntries(
      earlier.databases.flatMap((db) => {
        const p50 = db.operations['board.get']?.p50Ms;
        return p50 == null ? [] : [[db.kind, p50]];
      }),
    );
  } catch (error) {
    console.error(`Warning: no baseline from ${file}: ${errorMessage(error)}`);
    return {};
  }
}

const cleanups = new Cleanups();
let isInterrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Ctrl-C reaches the bench twice (from the terminal and relayed by tsx): clean up once.
  process.on(signal, () => {
    if (isInterrupted) return;
    isInterrupted = true;
    console.error(`${signal}: cleaning up…`);
    // Dropping the database ends a seeding connection whose pg client has no error listener.
    process.on('uncaughtException', (error) => console.error(`While cleaning up: ${errorMessage(error)}`));
    void cleanups.runAll().finally(() => process.exit(130));
  });
}

const startedAt = performance.now();
const loadAtStart = round(os.loadavg()[0] ?? 0, 2);
const databases: DatabaseResult[] = [];
for (const kind of kinds as DatabaseKind[]) {
  if (isInterrupted) break;
  databases.push(await benchDatabase(kind, cleanups));
  if (!(await cleanups.runAll())) databases.at(-1)!.error ??= 'cleanup failed';
}
// Figures from a shared or busy machine mean little: say what it was and how busy.
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: round(os.totalmem() / 1024 ** 3),
  loadAverage: { atStart: loadAtStart, atEnd: round(os.loadavg()[0] ?? 0, 2) },
};
const result: BenchResult & { browser: BrowserResult | null; machine: typeof machine } = {
  projects,
  machine,
  requests: { boardGet: gets, projectMove: moves, clients, seed },
  databases,
  browser,
  totalSeconds: round(elapsedSeconds(startedAt)),
  ok: !isInterrupted && databases.every((db) => db.error === null) && browser?.error == null,
};
for (const db of databases) {
  const conflicts = db.operations['project.move']?.conflicts ?? 0;
  if (conflicts > 0)
    console.error(`Warning: ${conflicts} move conflicts on ${db.kind}; the bench tracks versions, so expect none.`);
}
console.log(
  `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB; ` +
    `1-minute load average ${machine.loadAverage.atStart} at the start, ${machine.loadAverage.atEnd} at the end.`,
);
if (browser) printBrowserReport(browser); // before the server's tables: the JSON line must come last
printReport(result, budgetRows(projects, databases, browser, await baselineOf(args.baseline), clients));
if (args.out) await writeFile(args.out, JSON.stringify(result));
process.exit(isInterrupted ? 130 : result.ok ? 0 : 1);
