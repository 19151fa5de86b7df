import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiAs, keyboardMove, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

let app: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, app.url);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

const column = (name: RegExp | string) => page.getByRole('region', { name });
const cardsIn = (region: Locator) => region.locator('article.card');
const codesIn = async (region: Locator) =>
  (await cardsIn(region).locator('.card__code').allTextContents()).map((s) => s.trim());

async function waitForSave() {
  await page.waitForLoadState('networkidle');
}

/** The demo cards' milestones of the stage they leave are not all finished: the stage gate asks why. */
async function giveReason() {
  const gate = page.getByRole('dialog');
  await gate.getByLabel(/理由/).fill('区重大项目调度会同意容缺推进');
  await gate.getByRole('button', { name: '仍然移动' }).click();
}

test('the board shows the demo projects in three stage columns, in Chinese by default', async () => {
  await page.goto(app.url);
  await expect.poll(() => cardsIn(column('成熟度')).count()).toBeGreaterThan(5);
  expect(await cardsIn(column('加速度')).count()).toBeGreaterThan(5);
  expect(await cardsIn(column('贡献度')).count()).toBeGreaterThan(3);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
});

test('a card moved with the keyboard stays where it was dropped after a reload', async () => {
  const maturity = column('成熟度');
  const [first, second] = await codesIn(maturity);
  const handle = maturity.locator('li', { has: page.getByText(first!, { exact: true }) });
  await keyboardMove(page, handle, ['ArrowDown']);
  await waitForSave();
  expect((await codesIn(maturity)).slice(0, 2)).toEqual([second, first]);

  await keyboardMove(page, handle, ['ArrowRight']);
  await giveReason();
  await waitForSave();
  expect(await codesIn(column('加速度'))).toContain(first);
  expect(await page.getByRole('status').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('已放到')]),
  );

  await page.reload();
  await expect.poll(() => codesIn(column('加速度'))).toContain(first);
  expect(await codesIn(maturity)).not.toContain(first);
});

test('a card dragged with the mouse to another column survives a server restart', async () => {
  const source = column('加速度');
  const target = column('贡献度');
  const [code] = await codesIn(source);
  const card = source.locator('article.card', { hasText: code! });
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 140, { steps: 12 });
  await page.mouse.up();
  await giveReason();
  await waitForSave();
  expect(await codesIn(target)).toContain(code);

  const dataDir = app.dataDir;
  await app.stop();
  app = await startApp({ dataDir });
  await page.goto(app.url);
  await expect.poll(() => codesIn(column('贡献度'))).toContain(code);
  expect(await codesIn(column('加速度'))).not.toContain(code);
});

test('the language switch shows the board in English and remembers it', async () => {
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect.poll(() => column('Maturity').isVisible()).toBe(true);
  await page.reload();
  await expect.poll(() => column('Acceleration').isVisible()).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();
  await expect.poll(() => column('成熟度').isVisible()).toBe(true);
});

test('a move the server refuses is undone on screen with a message saying why', async () => {
  // Live updates would bring the other edit in at once: this page is stale only with its stream down.
  await page.route('**/trpc/board.events**', (route) => route.abort());
  await page.reload();
  const maturity = column('成熟度');
  await expect.poll(() => cardsIn(maturity).count()).toBeGreaterThan(0);
  const [code] = await codesIn(maturity);
  // Someone else edits the project after this page loaded it: the page's version is now stale.
  const someoneElse = await apiAs(app.url, 'demo-admin');
  const board = await someoneElse.query<{ columns: { cards: { id: number; code: string; version: number }[] }[] }>(
    'board.get',
  );
  const card = board.columns[0]!.cards.find((c) => c.code === code)!;
  await someoneElse.mutate('project.update', {
    id: card.id,
    expectedVersion: card.version,
    patch: { description: '他人修改' },
  });

  const handle = maturity.locator('li', { has: page.getByText(code!, { exact: true }) });
  // The move goes out at once; the stale version is refused before the gate would ask for a reason.
  await keyboardMove(page, handle, ['ArrowRight']);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain(code!);
  expect(await page.getByRole('alert').textContent()).toContain('刚被 演示管理员 修改');
  await expect.poll(() => codesIn(maturity)).toContain(code);
  await page.unroute('**/trpc/board.events**');
});

test('a wrong password is refused with a message; a viewer then sees the board with no drag handles', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const viewer = await context.newPage();
  await viewer.goto(app.url);
  await viewer.getByLabel('用户名').fill('demo-viewer');
  await viewer.getByLabel('密码').fill('not-the-password');
  await viewer.getByRole('button', { name: '登录' }).click();
  await expect.poll(() => viewer.getByText('用户名或密码不正确。').isVisible()).toBe(true);

  await signIn(viewer, app.url, 'demo-viewer');
  // A viewer lands on the dashboard; the board is one link away.
  await viewer.goto(app.url);
  const maturity = viewer.getByRole('region', { name: '成熟度' });
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  expect(await maturity.locator('li[role="button"]').count()).toBe(0);
  expect(await maturity.locator('li[aria-roledescription]').count()).toBe(0);
  expect(await viewer.getByRole('button', { name: '新建项目' }).count()).toBe(0);
  expect(await viewer.getByText('演示区领导 · 只读').count()).toBe(1);
  await context.close();
});

test('a viewer who tries to drag a card with the mouse or the keyboard moves nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const viewer = await context.newPage();
  // A move within a column is sent at once; one across stages first asks the stage gate.
  const moves: string[] = [];
  viewer.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/project\.(move|stageGate)/.test(pathname)) moves.push(pathname);
  });
  await signIn(viewer, app.url, 'demo-viewer');
  // A viewer lands on the dashboard; the board is one link away.
  await viewer.goto(app.url);
  const maturity = viewer.getByRole('region', { name: '成熟度' });
  const acceleration = viewer.getByRole('region', { name: '加速度' });
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  const before = await maturity.locator('.card__code').allTextContents();
  const card = maturity.locator('article.card').first();
  const drag = async (to: { x: number; y: number }) => {
    const from = (await card.boundingBox())!;
    await viewer.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await viewer.mouse.down();
    await viewer.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    await viewer.mouse.move(to.x, to.y, { steps: 12 });
    await viewer.mouse.up();
  };

  const third = (await maturity.locator('article.card').nth(2).boundingBox())!;
  await drag({ x: third.x + third.width / 2, y: third.y + third.height - 5 });
  const other = (await acceleration.boundingBox())!;
  await drag({ x: other.x + other.width / 2, y: other.y + 140 });

  // The card itself is not focusable for a viewer: its link is what Tab reaches.
  await card.getByRole('link').first().focus();
  for (const key of ['Space', 'ArrowRight', 'Space']) await viewer.keyboard.press(key);

  expect(await viewer.getByRole('dialog').count()).toBe(0);
  expect(await viewer.locator('.notice').count()).toBe(0);
  expect(new URL(viewer.url()).pathname).toBe('/');
  await viewer.waitForLoadState('networkidle');
  await viewer.reload();
  await expect.poll(() => maturity.locator('.card__code').allTextContents()).toEqual(before);
  expect(moves).toEqual([]);
  await context.close();
});
