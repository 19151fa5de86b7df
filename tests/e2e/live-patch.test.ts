// Another person's edit and move reach every open tab as the changed card alone: the tabs place it
// into the board they have, and none of them asks for the whole board again.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useApp } from './app.js';
import { apiAs, keyboardMove, signIn } from './harness.js';

const suite = useApp();
const LIVE_MS = 5_000;

interface BoardCard {
  id: number;
  code: string;
  name: string;
  version: number;
}
type ApiBoard = { columns: { stage: string; cards: BoardCard[] }[] };

const column = (page: Page, name: string) => page.getByRole('region', { name });
const codesIn = async (region: Locator) =>
  (await region.locator('article.card .card__code').allTextContents()).map((s) => s.trim());
const liveStatus = (page: Page) => page.locator('.live-status').getAttribute('data-status');

/** Every board.get a context's tabs ask for, and how many have finished (answered or not). */
function watchBoardReads(context: BrowserContext) {
  const urls: string[] = [];
  let finished = 0;
  const isBoardRead = (url: string) => url.includes('/trpc/board.get');
  context.on('request', (request) => {
    if (isBoardRead(request.url())) urls.push(request.url());
  });
  const onDone = (request: { url(): string }) => {
    if (isBoardRead(request.url())) finished += 1;
  };
  context.on('requestfinished', onDone);
  context.on('requestfailed', onDone);
  return {
    get asked() {
      return urls.length;
    },
    get finished() {
      return finished;
    },
  };
}

test("another user's edit and move show in two tabs of a viewer without a board.get request", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const reads = watchBoardReads(context);
  try {
    const first = await context.newPage();
    await signIn(first, suite.app.url, 'demo-viewer');
    await first.goto(suite.app.url); // a viewer lands on the dashboard
    const second = await context.newPage();
    await second.goto(suite.app.url);
    const tabs = [first, second];
    for (const tab of tabs) {
      await expect.poll(() => column(tab, '成熟度').locator('article.card').count()).toBeGreaterThan(3);
      await expect.poll(() => liveStatus(tab), { timeout: LIVE_MS }).toBe('live');
    }
    // A first edit through the API shows in both tabs. By then each tab has read the board on load and
    // taken the stream's first event (a stream started before its tab had a board reads the board
    // again then, as what came before may be news); once those reads are done, nothing more should
    // need one.
    const api = await apiAs(suite.app.url, 'demo-admin');
    const rename = async (suffix: string) => {
      const board = await api.query<ApiBoard>('board.get');
      const card = board.columns.find((c) => c.stage === 'contribution')!.cards[0]!;
      const name = `${card.name.replace(/（.*）$/, '')}（${suffix}）`;
      await api.mutate('project.update', { id: card.id, expectedVersion: card.version, patch: { name } });
      for (const tab of tabs) {
        await expect.poll(() => column(tab, '贡献度').getByText(name).count(), { timeout: LIVE_MS }).toBe(1);
      }
    };
    await rename('调整一');
    await expect.poll(() => reads.asked > 0 && reads.finished === reads.asked).toBe(true);
    const readsBefore = reads.asked;

    // Another edit: the card's new name shows in both tabs.
    await rename('调整二');

    // A move by the admin with the keyboard on their own screen: both tabs show the card in its new column.
    const admin = suite.page;
    const maturity = column(admin, '成熟度');
    const [code] = await codesIn(maturity);
    await keyboardMove(admin, maturity.locator('li', { has: admin.getByText(code!, { exact: true }) }), ['ArrowRight']);
    const gate = admin.getByRole('dialog');
    await gate.getByLabel(/理由/).fill('容缺推进');
    await gate.getByRole('button', { name: '仍然移动' }).click();
    for (const tab of tabs) {
      await expect.poll(() => codesIn(column(tab, '加速度')), { timeout: LIVE_MS }).toContain(code);
      expect(await codesIn(column(tab, '成熟度'))).not.toContain(code);
    }

    // In the order a fresh board gives (of the cards each tab has rendered), and without reading it.
    const fresh = await api.query<ApiBoard>('board.get');
    for (const [stage, name] of [
      ['maturity', '成熟度'],
      ['acceleration', '加速度'],
      ['contribution', '贡献度'],
    ] as const) {
      const freshCodes = fresh.columns.find((c) => c.stage === stage)!.cards.map((card) => card.code);
      for (const tab of tabs) {
        const shown = await codesIn(column(tab, name));
        expect(freshCodes.filter((c) => shown.includes(c))).toEqual(shown);
      }
    }
    expect(reads.asked).toBe(readsBefore);
  } finally {
    await context.close();
  }
}, 90_000);
