// Live board: changes made by one person appear on everyone's screen without a reload, and a browser
// with many tabs open holds one event stream for all of them.
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiAs, keyboardMove, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

let app: AppServer;
let browser: Browser;
const LIVE_MS = 5_000;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

const column = (page: Page, name: string) => page.getByRole('region', { name });
const codesIn = async (region: Locator) =>
  (await region.locator('article.card .card__code').allTextContents()).map((s) => s.trim());
const liveStatus = (page: Page) => page.locator('.live-status').getAttribute('data-status');

async function newSignedInContext(username: string, init?: () => void) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await signIn(page, app.url, username);
  // A viewer lands on the dashboard; these tests watch the board.
  if (username === 'demo-viewer') await page.goto(app.url);
  return { context, page };
}

/** The event streams a context has open right now, and which page opened each. */
function watchStreams(context: BrowserContext) {
  const open = new Map<Request, Page>();
  let opened = 0;
  const isStream = (request: Request) => request.url().includes('/trpc/board.events');
  context.on('request', (request) => {
    if (!isStream(request)) return;
    opened += 1;
    open.set(request, request.frame().page());
  });
  context.on('requestfinished', (request) => open.delete(request));
  context.on('requestfailed', (request) => open.delete(request));
  return {
    get open() {
      return [...open.values()].filter((page) => !page.isClosed());
    },
    get opened() {
      return opened;
    },
  };
}

interface BoardCard {
  id: number;
  code: string;
  version: number;
}

/** Someone else moves the first maturity card on to acceleration through the API; returns its code. */
async function moveFirstMaturityCardViaApi(): Promise<string> {
  const someoneElse = await apiAs(app.url, 'demo-admin');
  const board = await someoneElse.query<{ columns: { stage: string; cards: BoardCard[] }[] }>('board.get');
  const card = board.columns.find((c) => c.stage === 'maturity')!.cards[0]!;
  await someoneElse.mutate('project.move', {
    id: card.id,
    toStage: 'acceleration',
    expectedVersion: card.version,
    reason: '容缺推进',
  });
  return card.code;
}

/** Closes the tab holding the one stream; the others must elect a new holder and see the next move. */
async function closeHolderAndMoveAgain(streams: ReturnType<typeof watchStreams>, pages: Page[]) {
  const holder = streams.open[0]!;
  await holder.close();
  await expect.poll(() => streams.open.length, { timeout: LIVE_MS }).toBe(1);
  const next = await moveFirstMaturityCardViaApi();
  for (const page of pages.filter((tab) => tab !== holder)) {
    await expect.poll(() => codesIn(column(page, '加速度')), { timeout: LIVE_MS }).toContain(next);
  }
  expect(streams.open).toHaveLength(1);
}

test("a card one person moves with the keyboard moves on another person's screen, without a reload", async () => {
  const admin = await newSignedInContext('demo-admin');
  const viewer = await newSignedInContext('demo-viewer');
  try {
    await expect.poll(() => liveStatus(viewer.page), { timeout: LIVE_MS }).toBe('live');
    expect(await viewer.page.locator('.live-status').textContent()).toBe('实时');
    const maturity = column(admin.page, '成熟度');
    const [code] = await codesIn(maturity);
    expect(await codesIn(column(viewer.page, '加速度'))).not.toContain(code);

    await keyboardMove(admin.page, maturity.locator('li', { has: admin.page.getByText(code!, { exact: true }) }), [
      'ArrowRight',
    ]);
    const gate = admin.page.getByRole('dialog');
    await gate.getByLabel(/理由/).fill('容缺推进');
    await gate.getByRole('button', { name: '仍然移动' }).click();

    await expect.poll(() => codesIn(column(viewer.page, '加速度')), { timeout: LIVE_MS }).toContain(code);
    expect(await codesIn(column(viewer.page, '成熟度'))).not.toContain(code);
  } finally {
    await Promise.all([admin.context.close(), viewer.context.close()]);
  }
});

test('eight tabs of one browser stay live on one event stream, also after the tab holding it closes', async () => {
  const { context, page: first } = await newSignedInContext('demo-viewer');
  const streams = watchStreams(context);
  try {
    const pages = [first];
    await first.reload();
    for (let i = 1; i < 8; i++) {
      const page = await context.newPage();
      await page.goto(app.url);
      pages.push(page);
    }
    // Eight tabs with a stream each would exceed the browser's six connections per host: every board
    // loading, and every tab saying it is live, shows nothing stalled.
    for (const page of pages) {
      await expect.poll(() => column(page, '成熟度').locator('article.card').count()).toBeGreaterThan(3);
      await expect.poll(() => liveStatus(page), { timeout: LIVE_MS }).toBe('live');
    }
    expect(streams.open).toHaveLength(1);

    const code = await moveFirstMaturityCardViaApi();
    for (const page of pages) {
      await expect.poll(() => codesIn(column(page, '加速度')), { timeout: LIVE_MS }).toContain(code);
    }

    // The tab holding the stream closes: another takes the lead and resumes from the last event it saw.
    await closeHolderAndMoveAgain(streams, pages);
  } finally {
    await context.close();
  }
}, 90_000);

test('without Web Locks (plain HTTP on an office network) eight tabs still share one stream, also after its holder closes', async () => {
  const { context, page: first } = await newSignedInContext('demo-viewer', () => {
    // Web Locks exist only in secure contexts; take them away as a plain-HTTP origin would.
    delete (Navigator.prototype as { locks?: unknown }).locks;
  });
  const streams = watchStreams(context);
  try {
    const pages = [first];
    await first.reload();
    for (let i = 1; i < 8; i++) {
      const page = await context.newPage();
      await page.goto(app.url);
      pages.push(page);
    }
    expect(await first.evaluate(() => 'locks' in navigator)).toBe(false);
    for (const page of pages) await expect.poll(() => liveStatus(page), { timeout: 10_000 }).toBe('live');
    await expect.poll(() => streams.open.length, { timeout: LIVE_MS }).toBe(1);

    const code = await moveFirstMaturityCardViaApi();
    for (const page of pages) {
      await expect.poll(() => codesIn(column(page, '加速度')), { timeout: LIVE_MS }).toContain(code);
    }
    expect(streams.open).toHaveLength(1);

    // The holder closes: the heartbeat election hands the stream to another tab.
    await closeHolderAndMoveAgain(streams, pages);
  } finally {
    await context.close();
  }
}, 90_000);

test('a tab cut off from live updates says so, and a move refused as stale offers a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/trpc/board.events**', (route) => route.abort());
  const page = await context.newPage();
  try {
    await signIn(page, app.url, 'demo-admin');
    await expect.poll(() => liveStatus(page), { timeout: LIVE_MS }).toBe('offline');
    expect(await page.locator('.live-status').textContent()).toBe('离线');

    const maturity = column(page, '成熟度');
    await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
    const [code] = await codesIn(maturity);
    const someoneElse = await apiAs(app.url, 'demo-admin');
    const board = await someoneElse.query<{ columns: { cards: BoardCard[] }[] }>('board.get');
    const card = board.columns[0]!.cards.find((c) => c.code === code)!;
    await someoneElse.mutate('project.update', {
      id: card.id,
      expectedVersion: card.version,
      patch: { description: '他人修改' },
    });

    // The move goes out at once; the stale version is refused before the gate would ask for a reason.
    await keyboardMove(page, maturity.locator('li', { has: page.getByText(code!, { exact: true }) }), ['ArrowRight']);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('刚被 演示管理员 修改');
    const reload = alert.getByRole('button', { name: '刷新' });
    await expect.poll(() => reload.count()).toBe(1);

    const boardLoads: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('board.get')) boardLoads.push(request);
    });
    await reload.click();
    await expect.poll(() => boardLoads.length).toBeGreaterThan(0);
    await expect.poll(() => alert.getByRole('button', { name: '刷新' }).count()).toBe(0);
  } finally {
    await context.close();
  }
});
