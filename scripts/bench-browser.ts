// The board as people get it: a headless Chromium (the end-to-end tests' launch flags) at 1920×1080,
// signed in as the bench's admin, measures
//   - the time from navigation to the board with every card painted, over several page loads, and
//   - the frame times while a card is dragged with the mouse from the first column to the third, and
//   - how soon a board left open shows a move made elsewhere (another tab's, sent over HTTP): from
//     sending project.move to the frame that shows the card at the top of its new column.
// It relies only on what the board promises to people: `article.card` elements inside the regions
// named by stage (成熟度 / 加速度 / 贡献度) and the drag announcements in the live region. A region
// that renders only the cards in view (a virtualised column) counts as painted with its first cards,
// holding the number its `data-card-count` says.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { STAGES } from '../server/domain/stages.js';
import { zh } from '../client/lib/locales/zh.js';
import { launchBrowser } from '../tests/e2e/harness.js';
import { moveToTop, readColumns } from './bench/load.js';
import { errorMessage, round } from './bench/util.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1920, height: 1080 };
/** The column names as the board shows them (Chinese is the default language). */
const STAGE_NAMES = STAGES.map((stage) => zh.stage[stage]);
const SLOW_FRAME_MS = 50;

export interface BrowserOptions {
  /** Timed page loads after the first one, which runs with an empty cache and is reported apart. */
  loads: number;
  drags: number;
  /** How long each drag takes from the first column to the third. */
  dragMs: number;
  /** How far the pointer swings up and down on its way, crossing the cards of the columns. */
  wobblePx: number;
  /** Moves made over HTTP while a board is open, each timed until that board shows it. */
  patches: number;
  /** Longest wait for a board with every card. */
  timeoutMs: number;
}

export interface LoadFigures {
  /** The first load of a fresh browser context: nothing cached. */
  coldMs: number;
  /** Navigation start → the frame after every card is in the columns (so it has been painted). */
  paintedMs: number[];
  /** Navigation start → board.get's answer fully received, per load (null if not seen). */
  boardAnsweredMs: (number | null)[];
}

export interface DragFigures {
  /** requestAnimationFrame deltas from mouse down to Escape. */
  frameMs: number[];
  /** How long Chromium took to take each pointer move (CDP dispatch to acknowledgement). */
  pointerMoveMs: number[];
  durationMs: number;
  /** The live region named the third column while the card was over it. */
  reachedTarget: boolean;
  /** Why the drag did not finish as planned: the page threw, or no card to press on. */
  error: string | null;
}

export interface BrowserResult {
  cards: number;
  viewport: string;
  /** Planned duration of each drag. */
  dragMs: number;
  chromium: string | null;
  load: LoadFigures | null;
  drags: DragFigures[];
  /** Per move made elsewhere: ms from sending it to the open board's frame that shows it. */
  patches: number[];
  error: string | null;
}

export async function benchBrowser(
  baseUrl: string,
  sessionCookie: string,
  expectedCards: number,
  options: BrowserOptions,
): Promise<BrowserResult> {
  const result: BrowserResult = {
    cards: expectedCards,
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    dragMs: options.dragMs,
    chromium: null,
    load: null,
    drags: [],
    patches: [],
    error: null,
  };
  let browser: Browser | null = null;
  try {
    assertClientBuilt();
    browser = await launchBrowser();
    result.chromium = browser.version();
    const context = await signedInContext(browser, baseUrl, sessionCookie);

    const cold = await timeBoardLoad(context, baseUrl, expectedCards, options.timeoutMs);
    await cold.page.close();
    console.log(`[browser] first load (empty cache): all cards painted after ${cold.paintedMs} ms`);
    const load: LoadFigures = { coldMs: cold.paintedMs, paintedMs: [], boardAnsweredMs: [] };
    result.load = load;
    for (let i = 0; i < options.loads; i++) {
      const timed = await timeBoardLoad(context, baseUrl, expectedCards, options.timeoutMs);
      load.paintedMs.push(timed.paintedMs);
      load.boardAnsweredMs.push(timed.boardAnsweredMs);
      console.log(`[browser] load ${i + 1}/${options.loads}: ${timed.paintedMs} ms`);
      await timed.page.close();
    }
    const openBoard = async () => (await timeBoardLoad(context, baseUrl, expectedCards, options.timeoutMs)).page;
    await dragAll(openBoard, options, result.drags);
    const failed = result.drags.filter((drag) => drag.error !== null).length;
    if (failed > 0) result.error = `${failed} of ${options.drags} drags failed`;
    if (options.patches > 0) {
      await timePatches(
        openBoard,
        { baseUrl, sessionCookie, timeoutMs: options.timeoutMs },
        options.patches,
        result.patches,
      );
    }
  } catch (error) {
    result.error = errorMessage(error);
  } finally {
    await browser?.close();
  }
  return result;
}

/** The server serves dist/client: without a build there is no board, with an old one the wrong board. */
function assertClientBuilt(): void {
  const index = path.join(REPO_ROOT, 'dist/client/index.html');
  if (!existsSync(index)) throw new Error('The client is not built: run `npm run build` before the browser bench');
  const builtAt = statSync(index).mtimeMs;
  const newest = newestMtime(path.join(REPO_ROOT, 'client'));
  if (newest > builtAt) {
    console.error('Warning: client/ changed after the last build; run `npm run build` to measure the current board.');
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** A context carrying the session the bench signed in with over the API, in the default language. */
async function signedInContext(browser: Browser, baseUrl: string, sessionCookie: string): Promise<BrowserContext> {
  const separator = sessionCookie.indexOf('=');
  if (separator <= 0) throw new Error(`No session cookie from the bench sign-in: ${JSON.stringify(sessionCookie)}`);
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  await context.addCookies([
    {
      name: sessionCookie.slice(0, separator),
      value: sessionCookie.slice(separator + 1),
      url: baseUrl,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
  return context;
}

/**
 * In-page code (a string, so the bundler's helpers never leak into the page): on every animation
 * frame, counts the distinct `article.card` elements inside the sections whose name (aria-label or
 * aria-labelledby text) starts with a stage name. The first frame that sees them all records the
 * DOM time; the frame after it (by then the first has been painted) records the painted time.
 */
function boardWatcher(expected: number): string {
  return `(() => {
    if (window.top !== window) return;
    const expected = ${expected};
    const stageNames = ${JSON.stringify(STAGE_NAMES)};
    const state = { expected, domMs: null, paintedMs: null, lastCount: 0 };
    window.__benchBoard = state;
    const nameOf = (el) => {
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      return (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
        .map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').replace(/\\s+/g, ' ').trim();
    };
    const countCards = () => {
      const cards = new Set();
      let held = 0;
      for (const section of document.querySelectorAll('section')) {
        const name = nameOf(section);
        if (!stageNames.some((stage) => name.startsWith(stage))) continue;
        const rendered = section.querySelectorAll('article.card');
        // A virtualised column renders the cards in view and says how many it holds.
        const holds = Number(section.getAttribute('data-card-count'));
        if (section.hasAttribute('data-card-count') && (rendered.length > 0 || holds === 0)) held += holds;
        else for (const card of rendered) cards.add(card);
      }
      return cards.size + held;
    };
    const tick = (now) => {
      if (state.domMs === null) {
        state.lastCount = countCards();
        if (state.lastCount >= expected) state.domMs = now;
        requestAnimationFrame(tick);
      } else {
        state.paintedMs = now;
      }
    };
    requestAnimationFrame(tick);
  })()`;
}

interface BoardState {
  expected: number;
  domMs: number | null;
  paintedMs: number | null;
  lastCount: number;
}

/** Opens the board in a new page and waits until every card is painted; the page stays open. */
async function timeBoardLoad(
  context: BrowserContext,
  baseUrl: string,
  expectedCards: number,
  timeoutMs: number,
): Promise<{ page: Page; paintedMs: number; boardAnsweredMs: number | null }> {
  const page = await context.newPage();
  await page.addInitScript({ content: boardWatcher(expectedCards) });
  await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction('window.__benchBoard && window.__benchBoard.paintedMs !== null', undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
  } catch (error) {
    const state = await page.evaluate<BoardState | undefined>('window.__benchBoard').catch(() => undefined);
    throw new Error(
      `The board showed ${state?.lastCount ?? 'no'} of ${expectedCards} cards after ${timeoutMs / 1000} s ` +
        `(${errorMessage(error).split('\n')[0]})`,
      { cause: error },
    );
  }
  const state = (await page.evaluate<BoardState>('window.__benchBoard'))!;
  const boardAnsweredMs = await page.evaluate<number | null>(
    `(() => { const e = performance.getEntriesByType('resource').find((r) => r.name.includes('board.get'));
      return e ? e.responseEnd : null; })()`,
  );
  await assertCardsByRole(page, expectedCards);
  return {
    page,
    paintedMs: round(state.paintedMs!),
    boardAnsweredMs: boardAnsweredMs === null ? null : round(boardAnsweredMs),
  };
}

/** The same count as the watcher's, through the accessibility tree as the end-to-end tests read it. */
async function assertCardsByRole(page: Page, expectedCards: number): Promise<void> {
  const counts = await Promise.all(
    STAGE_NAMES.map(async (name) => {
      const region = page.getByRole('region', { name: new RegExp(`^${name}`) });
      const rendered = await region.locator('article.card').count();
      const holds = await region.getAttribute('data-card-count');
      return holds !== null && (rendered > 0 || holds === '0') ? Number(holds) : rendered;
    }),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total !== expectedCards) {
    throw new Error(
      `The stage regions hold ${total} cards (${STAGE_NAMES.map((name, i) => `${name} ${counts[i]}`).join(', ')}), expected ${expectedCards}`,
    );
  }
}

/**
 * The drags, one after another on the same board. A drag that breaks the page (an uncaught error,
 * say React giving up on an update loop) is reported as such, and the next one gets a fresh board.
 */
async function dragAll(openBoard: () => Promise<Page>, options: BrowserOptions, into: DragFigures[]): Promise<void> {
  let page: Page | null = null;
  try {
    for (let i = 0; i < options.drags; i++) {
      page ??= await openBoard();
      const pageErrors: string[] = [];
      const onError = (error: Error) => pageErrors.push(error.message.split('\n')[0]!);
      page.on('pageerror', onError);
      let drag: DragFigures;
      try {
        drag = await dragAcross(page, i, options);
      } catch (error) {
        drag = {
          frameMs: [],
          pointerMoveMs: [],
          durationMs: 0,
          reachedTarget: false,
          error: errorMessage(error).split('\n')[0]!,
        };
      }
      page.off('pageerror', onError);
      if (pageErrors.length > 0) drag.error ??= `the page threw: ${pageErrors[0]}`;
      into.push(drag);
      console.log(
        `[browser] drag ${i + 1}/${options.drags}: ${drag.error ?? `${drag.frameMs.length} frames, worst ${maxOf(drag.frameMs)} ms`}`,
      );
      if (drag.error !== null) {
        await page.close();
        page = null;
      }
    }
  } finally {
    await page?.close();
  }
}

/** In-page code: records the time (ms since the epoch) of the first frame with card `id` in `stageName`'s column. */
function cardWatcher(id: number, stageName: string): string {
  return `(() => {
    window.__benchShownAt = null;
    const nameOf = (el) => el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
      .filter(Boolean).map((ref) => (document.getElementById(ref) || {}).textContent || '').join(' ').trim();
    const tick = () => {
      const column = [...document.querySelectorAll('section')].find((el) => nameOf(el).startsWith(${JSON.stringify(stageName)}));
      if (column && column.querySelector('[data-project-id="${id}"]')) {
        window.__benchShownAt = performance.timeOrigin + performance.now();
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`;
}

/**
 * Another tab's move, as the board open here sees it: `count` times, the first card of the first (or
 * second) column goes to the top of the third, sent by the bench over HTTP with the same session, and
 * the open board's watcher notes the frame that shows it there.
 */
async function timePatches(
  openBoard: () => Promise<Page>,
  { baseUrl, sessionCookie, timeoutMs }: { baseUrl: string; sessionCookie: string; timeoutMs: number },
  count: number,
  into: number[],
): Promise<void> {
  const page = await openBoard();
  const load = { concurrency: 1, requestTimeoutMs: timeoutMs, phaseBudgetMs: timeoutMs, cookie: sessionCookie };
  try {
    for (let i = 0; i < count; i++) {
      const columns = await readColumns(baseUrl, load);
      const mover = columns.get(STAGES[0])?.[0] ?? columns.get(STAGES[1])?.[0];
      if (!mover) throw new Error('No card left in the first two columns to move');
      await page.evaluate(cardWatcher(mover.id, STAGE_NAMES[2]!));
      const sentAt = performance.timeOrigin + performance.now();
      await moveToTop(baseUrl, mover, STAGES[2], columns.get(STAGES[2])?.[0]?.id, load);
      await page.waitForFunction('window.__benchShownAt !== null', undefined, { timeout: 10_000, polling: 20 });
      const shownAt = await page.evaluate<number>('window.__benchShownAt');
      into.push(round(shownAt - sentAt));
      console.log(`[browser] another tab's move ${i + 1}/${count}: shown after ${round(shownAt - sentAt)} ms`);
    }
  } finally {
    await page.close();
  }
}

const FRAME_RECORDER = `(() => {
  const frames = [];
  let last = null;
  let on = true;
  const tick = (now) => {
    if (!on) return;
    if (last !== null) frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchStopFrames = () => { on = false; return frames; };
})()`;

/**
 * Presses on the `index`-th card of the first column (on a spot that is no link or button), moves
 * the mouse in small steps, one per frame or so, to the middle of the third column (swinging up and
 * down by `wobblePx` on the way), then cancels with Escape: a drop could open a stage-gate dialog.
 * Each step waits for Chromium to take the event, so a busy page stretches the drag.
 */
async function dragAcross(page: Page, index: number, { dragMs, wobblePx }: BrowserOptions): Promise<DragFigures> {
  const first = page.getByRole('region', { name: new RegExp(`^${STAGE_NAMES[0]}`) });
  const third = page.getByRole('region', { name: new RegExp(`^${STAGE_NAMES[2]}`) });
  const card = first.locator('article.card').nth(index);
  await card.scrollIntoViewIfNeeded();
  const start = await pressPoint(card);
  const target = await third.boundingBox();
  if (!start || !target) throw new Error(`Drag ${index + 1}: no spot to press on the card, or no third column`);
  const endX = target.x + target.width / 2;
  const swing = Math.max(0, Math.min(wobblePx, start.y - 20, VIEWPORT.height - 20 - start.y));
  const steps = Math.max(10, Math.round(dragMs / 16));

  const pointerMoveMs: number[] = [];
  await page.evaluate(FRAME_RECORDER);
  const began = performance.now();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y, { steps: 2 }); // past the 5 px activation distance
  for (let step = 1; step <= steps; step++) {
    const progress = step / steps;
    const x = start.x + 8 + (endX - start.x - 8) * progress;
    const y = start.y + swing * Math.sin(progress * Math.PI * 3);
    const sent = performance.now();
    await page.mouse.move(x, y);
    pointerMoveMs.push(round(performance.now() - sent));
    const due = began + dragMs * progress;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const announced = (await page.getByRole('status').allTextContents()).join(' ');
  await page.keyboard.press('Escape');
  const durationMs = performance.now() - began;
  const frameMs = (await page.evaluate<number[]>('window.__benchStopFrames()')).map((ms) => round(ms));
  await page.mouse.up();
  await settle(page);
  return {
    frameMs,
    pointerMoveMs,
    durationMs: round(durationMs),
    reachedTarget: announced.includes(STAGE_NAMES[2]!),
    error: null,
  };
}

type Box = { x: number; y: number; width: number; height: number };

/** A spot on the card, inside the viewport, on none of its links or buttons (a press there starts a drag). */
async function pressPoint(card: Locator): Promise<{ x: number; y: number } | null> {
  const box = await card.boundingBox();
  if (!box) return null;
  const controls = (await Promise.all((await card.locator('a, button').all()).map((c) => c.boundingBox()))).filter(
    (b): b is Box => b !== null,
  );
  const spots: [number, number][] = [
    [0.5, 0.92],
    [0.08, 0.5],
    [0.92, 0.5],
    [0.5, 0.08],
    [0.5, 0.5],
  ];
  for (const [fx, fy] of spots) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    const isOnControl = controls.some((c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height);
    if (!isOnControl && y > 0 && y < VIEWPORT.height) return { x, y };
  }
  return null;
}

/** After a cancelled drag: no dialog left open, the drop animation over. */
async function settle(page: Page): Promise<void> {
  if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
}

export function printBrowserReport(result: BrowserResult): void {
  const show = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  console.log(`\nBoard in Chromium ${result.chromium ?? ''} at ${result.viewport}, ${result.cards} cards:`);
  if (result.load) {
    const { coldMs, paintedMs, boardAnsweredMs } = result.load;
    const answered = boardAnsweredMs.filter((ms): ms is number => ms !== null);
    printTable(
      ['page load', 'runs', 'median ms', 'worst ms', 'board.get answered ms (median)'],
      [
        ['first, empty cache', '1', show(coldMs), show(coldMs), '–'],
        [
          'again, same browser',
          String(paintedMs.length),
          show(median(paintedMs)),
          show(maxOf(paintedMs)),
          show(median(answered)),
        ],
      ],
    );
    console.log('(navigation start → the frame after all cards are in the stage columns)');
  }
  if (result.drags.length > 0) {
    console.log();
    const row = (label: string, frames: number[], moves: number[], seconds: string, reached: string) => [
      label,
      String(frames.length),
      seconds,
      show(median(frames)),
      show(percentile(frames, 0.95)),
      show(maxOf(frames)),
      String(frames.filter((ms) => ms > SLOW_FRAME_MS).length),
      `${show(median(moves))} / ${show(maxOf(moves))}`,
      reached,
    ];
    const finished = result.drags.filter((drag) => drag.error === null);
    printTable(
      [
        'drag',
        'frames',
        'seconds',
        'median ms',
        'p95 ms',
        'worst ms',
        `> ${SLOW_FRAME_MS} ms`,
        'pointer move ms median / worst',
        'reached 3rd column',
      ],
      [
        ...result.drags.map((drag, i) =>
          row(
            `card ${i + 1}`,
            drag.frameMs,
            drag.pointerMoveMs,
            show(round(drag.durationMs / 1000, 2)),
            drag.error ? 'FAILED' : drag.reachedTarget ? 'yes' : 'NO',
          ),
        ),
        row(
          'all drags that finished',
          finished.flatMap((drag) => drag.frameMs),
          finished.flatMap((drag) => drag.pointerMoveMs),
          '',
          '',
        ),
      ],
    );
    console.log(
      '(frames: requestAnimationFrame deltas from mouse down to Escape; a drag is planned to take ' +
        `${result.dragMs / 1000} s, and lasts longer when Chromium is slow to take the pointer moves)`,
    );
    result.drags.forEach((drag, i) => drag.error && console.log(`Drag ${i + 1} failed: ${drag.error}`));
  }
  if (result.patches.length > 0) {
    console.log(
      `\nAnother tab's move (sent over HTTP) shown on the open board after: median ${show(median(result.patches))} ms, ` +
        `p95 ${show(percentile(result.patches, 0.95))} ms, worst ${show(maxOf(result.patches))} ms (${result.patches.length} moves)`,
    );
  }
  if (result.error) console.log(`\nBrowser bench failed: ${result.error}`);
}

function median(values: number[]): number | null {
  return percentile(values, 0.5);
}

function percentile(values: number[], q: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return value === undefined ? null : round(value);
}

function maxOf(values: number[]): number | null {
  return values.length === 0 ? null : round(Math.max(...values));
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
