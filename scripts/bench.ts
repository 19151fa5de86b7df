// `npm run bench [-- --projects 10000 --gets 200 --moves 500 …]`: seeds a board of N projects into
// a temporary PGlite directory and, when TEST_DATABASE_URL names a server, a fresh PostgreSQL
// database; starts the real server on each as a child process; drives board.get and project.move
// over loopback HTTP; prints latencies, throughput, seeding time and the server's peak memory.
// On the first database it also opens the board in Chromium (scripts/bench-browser.ts): page-load
// time to all cards painted, and frame times while a card is dragged across the columns.
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { DatabaseKind } from '../server/db/client.js';
import { chromiumPath } from '../tests/e2e/harness.js';
import { benchBrowser, printBrowserReport, type BrowserOptions, type BrowserResult } from './bench-browser.js';
import { prepareDatabase } from './bench/databases.js';
import {
  benchBoardGet,
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
  --gets N           board.get requests (default 200)
  --moves N          project.move requests (default 500)
  --concurrency N    requests in flight (default 4)
  --readers N        board.get all at once on a cold board, beside --writers N project.move (default 200, 20)
  --seed N           seed of the random moves (default 1)
  --databases LIST   pglite,postgres (default: pglite, plus postgres when TEST_DATABASE_URL is set)
  --timeout-ms N     per request (default 120000); --budget-s N per phase (default 300)
  --browser WHEN     auto, on or off: the board in Chromium, on the first database (auto: on up
                     to 1000 projects when a Chromium is found); needs a built client (\`npm run build\`)
  --loads N          timed page loads after a first one with an empty cache (default 5)
  --drags N          mouse drags from the first column to the third (default 3)
  --drag-ms N        duration of each drag (default 2000)
  --drag-wobble PX   swing the pointer up and down by PX on its way across (default 0)`;

const { values: args } = parseArgs({
  options: {
    projects: { type: 'string', default: process.env.BENCH_PROJECTS ?? '1000' },
    gets: { type: 'string', default: '200' },
    moves: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '4' },
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
const burst = { readers: wholeNumber('readers', args.readers, 0), writers: wholeNumber('writers', args.writers, 0) };
const load: LoadOptions = {
  concurrency: wholeNumber('concurrency', args.concurrency, 1),
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
      const cards = await readBoard(server.url, load);
      if (cards.size !== projects) throw new Error(`The board shows ${cards.size} cards, expected ${projects}`);

      if (isBrowserOn && browser === null) {
        // Before the HTTP load, so neither measurement competes with the other for the CPU.
        console.log(
          `[${kind}] the board in Chromium: ${browserOptions.loads + 1} loads, ${browserOptions.drags} drags…`,
        );
        browser = await benchBrowser(server.url, load.cookie, cards.size, browserOptions);
      }

      console.log(`[${kind}] ${server.url}: ${gets} × board.get…`);
      result.operations['board.get'] = await benchBoardGet(server.url, gets, load);
      console.log(`[${kind}] ${moves} × project.move…`);
      result.operations['project.move'] = await benchProjectMove(server.url, cards, moves, seededRandom(seed), load);

      if (burst.readers + burst.writers > 0) {
        console.log(`[${kind}] cold board: ${burst.readers} × board.get and ${burst.writers} × project.move at once…`);
        const stats = await benchColdBurst(server.url, cards, burst, seededRandom(seed + 1), load);
        result.operations['cold burst'] = stats;
        console.log(`[${kind}] cold burst: slowest request ${stats.maxMs} ms, p95 ${stats.p95Ms} ms`);
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
  requests: { boardGet: gets, projectMove: moves, concurrency: load.concurrency, seed },
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
printReport(result);
process.exit(isInterrupted ? 130 : result.ok ? 0 : 1);
