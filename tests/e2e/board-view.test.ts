import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn } from './harness.js';
import { useApp } from './app.js';

const suite = useApp({ viewport: { width: 1920, height: 1080 } });

const cardCount = (p: Page) => p.locator('article.card').count();
const names = async (p: Page) => (await p.locator('article.card .card__name').allTextContents()).map((s) => s.trim());
const searchBox = (p: Page) => p.getByRole('searchbox', { name: '查找项目' });

/** Everything the view shows: each column (named by stage, or by stage and lane) with its cards' codes, and the controls. */
async function shownView(p: Page) {
  const columns = await p.locator('section.column').evaluateAll((sections) =>
    sections.map((section) => ({
      name: section.getAttribute('aria-label') ?? section.querySelector('h2')?.textContent ?? '',
      codes: [...section.querySelectorAll('.card__code')].map((code) => code.textContent ?? ''),
    })),
  );
  const pressed = await p.locator('button[aria-pressed="true"]').allTextContents();
  const selects = await p
    .locator('.board-toolbar select')
    .evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value));
  const dates = await p
    .locator('.board-toolbar input[type="date"]')
    .evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
  return { search: await searchBox(p).inputValue(), pressed, selects, dates, columns };
}

test('pinyin initials find a project by its Chinese name; clearing the filters shows every card again', async () => {
  await suite.page.goto(suite.app.url);
  await expect.poll(() => cardCount(suite.page)).toBeGreaterThan(20);
  const total = await cardCount(suite.page);

  // 经十东路章丘段提升改造工程: jing shi dong lu → jsdl
  await searchBox(suite.page).fill('jsdl');
  await expect.poll(() => names(suite.page)).toEqual(['经十东路章丘段提升改造工程']);
  expect(new URL(suite.page.url()).searchParams.get('q')).toBe('jsdl');
  expect(
    await suite.page
      .getByRole('status')
      .filter({ hasText: `显示 1 / 共 ${total} 个项目` })
      .count(),
  ).toBe(1);
  // Full pinyin and characters find it too; several words must all match.
  await searchBox(suite.page).fill('jingshidonglu');
  await expect.poll(() => names(suite.page)).toEqual(['经十东路章丘段提升改造工程']);
  await searchBox(suite.page).fill('章丘段 gc');
  // The previous filter's one card also matches, so wait for the second to appear.
  await expect
    .poll(async () => (await names(suite.page)).sort())
    .toEqual(['G309 章丘段改扩建工程', '经十东路章丘段提升改造工程'].sort());

  await suite.page.getByRole('button', { name: '清除筛选' }).click();
  await expect.poll(() => cardCount(suite.page)).toBe(total);
  expect(await searchBox(suite.page).inputValue()).toBe('');
  expect(new URL(suite.page.url()).search).toBe('');
});

test('pinyin still finds projects when its worker cannot load (the app updated under an open tab)', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.route('**/pinyin-worker-*', (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  try {
    await signIn(page, suite.app.url);
    await page.goto(suite.app.url);
    await expect.poll(() => cardCount(page)).toBeGreaterThan(20);
    await searchBox(page).fill('jsdl');
    await expect.poll(() => names(page), { timeout: 10_000 }).toEqual(['经十东路章丘段提升改造工程']);
  } finally {
    await context.close();
  }
});

test('a view set with the controls lives in the address: a reload and a fresh page show the same cards', async () => {
  await suite.page.goto(suite.app.url);
  await expect.poll(() => cardCount(suite.page)).toBeGreaterThan(20);
  const total = await cardCount(suite.page);
  await suite.page.getByRole('button', { name: '红灯', exact: true }).click();
  await suite.page.getByRole('button', { name: '黄灯', exact: true }).click();
  await suite.page.getByRole('button', { name: '加速度', exact: true }).click();
  await suite.page.getByRole('button', { name: '成熟度', exact: true }).click();
  await suite.page.getByLabel('分组').selectOption({ label: '按亮灯' });
  await suite.page.getByLabel('目标日期自').fill('2026-01-01');
  await suite.page.getByLabel('至', { exact: true }).fill('2029-12-31');
  await searchBox(suite.page).fill('章丘');
  await expect.poll(() => suite.page.getByRole('region', { name: '红灯', exact: true }).count()).toBe(1);
  // The address changes in a transition: wait until the board shows the searched cards only.
  await expect
    .poll(async () => {
      const names = await suite.page.locator('article.card .card__name').allTextContents();
      return names.length > 0 && names.every((name) => name.includes('章丘'));
    })
    .toBe(true);
  const shown = await cardCount(suite.page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  const view = await shownView(suite.page);
  // Only red and yellow cards, only in the two stages chosen, in lanes by light.
  const withCards = view.columns.filter((column) => column.codes.length > 0).map((column) => column.name);
  expect(withCards.length).toBeGreaterThan(0);
  for (const name of withCards) expect(name).toMatch(/^(成熟度|加速度) · (红灯|黄灯)$/);
  const address = suite.page.url();
  expect(new URL(address).searchParams.getAll('light')).toEqual(['red', 'yellow']);
  expect(new URL(address).searchParams.get('group')).toBe('light');

  await suite.page.reload();
  await expect.poll(() => cardCount(suite.page)).toBe(shown);
  await expect.poll(() => shownView(suite.page)).toEqual(view);

  const context = await suite.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const fresh = await context.newPage();
  await signIn(fresh, suite.app.url, 'demo-viewer');
  await fresh.goto(address);
  await expect.poll(() => cardCount(fresh)).toBe(shown);
  await expect.poll(() => shownView(fresh)).toEqual(view);
  await context.close();
});

test('swimlanes by owner unit: headers once on top, one lane per unit, every card in its unit’s lane', async () => {
  await suite.page.goto(suite.app.url);
  await expect.poll(() => cardCount(suite.page)).toBeGreaterThan(20);
  const total = await cardCount(suite.page);
  await suite.page.getByLabel('分组').selectOption({ label: '按责任单位' });
  await expect.poll(() => suite.page.locator('section.lane').count()).toBeGreaterThan(3);
  expect(new URL(suite.page.url()).searchParams.get('group')).toBe('unit');
  expect(await cardCount(suite.page)).toBe(total);
  // The three column headers appear once, above the lanes, with the whole board's counts.
  expect(await suite.page.getByRole('heading', { name: '成熟度', exact: true }).count()).toBe(1);
  const lane = suite.page.getByRole('region', { name: '明水街道', exact: true });
  expect(await lane.getByRole('region').count()).toBe(3);
  expect(await lane.getByRole('region', { name: '成熟度 · 明水街道' }).count()).toBe(1);
  const owners = await lane.locator('article.card .card__fact--owner dd').allTextContents();
  expect(owners.length).toBeGreaterThan(0);
  expect(new Set(owners)).toEqual(new Set(['明水街道']));
});

test('an admin sets a stage limit below the count from the column header; every open board warns, until it is cleared', async () => {
  await suite.page.goto(suite.app.url);
  const maturity = suite.page.getByRole('region', { name: '成熟度' });
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  const count = await maturity.locator('article.card').count();

  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const viewer = await context.newPage();
  await signIn(viewer, suite.app.url, 'demo-viewer');
  // A viewer lands on the dashboard; the board is one link away.
  await viewer.goto(suite.app.url);
  await expect.poll(() => viewer.locator('article.card').count()).toBeGreaterThan(3);
  expect(await viewer.getByRole('button', { name: /列的项目上限/ }).count()).toBe(0);

  await suite.page.getByRole('button', { name: '设置“成熟度”列的项目上限' }).click();
  const dialog = suite.page.getByRole('dialog', { name: '“成熟度”列的项目上限' });
  await dialog.getByLabel('项目上限（个）').fill('0');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => dialog.getByText('上限须为 1 到 999 之间的整数').isVisible()).toBe(true);
  await dialog.getByLabel('项目上限（个）').fill('2');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  const warning = `超出上限：${count} 个项目，上限 2 个`;
  await expect.poll(() => maturity.getByText(warning).isVisible()).toBe(true);
  // Another board hears of it without a reload.
  await expect.poll(() => viewer.getByRole('region', { name: '成熟度' }).getByText(warning).isVisible()).toBe(true);

  await suite.page.getByRole('button', { name: '设置“成熟度”列的项目上限' }).click();
  await dialog.getByRole('button', { name: '取消上限' }).click();
  await expect.poll(() => maturity.getByText(warning).count()).toBe(0);
  await expect.poll(() => viewer.getByText(warning).count()).toBe(0);
  await context.close();
});

test('meeting-room mode: the f key or the button fills the window with the board in larger type; Esc or the button leaves', async () => {
  await suite.page.goto(suite.app.url);
  await expect.poll(() => cardCount(suite.page)).toBeGreaterThan(20);
  const rootFontSize = () => suite.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const normalSize = await rootFontSize();

  // Typing an f into the search box is typing, not a command.
  await searchBox(suite.page).fill('f');
  expect(await suite.page.locator('.board-page--meeting').count()).toBe(0);
  await searchBox(suite.page).fill('');
  await searchBox(suite.page).blur();

  await suite.page.keyboard.press('f');
  await expect.poll(() => suite.page.locator('.board-page--meeting').count()).toBe(1);
  expect(new URL(suite.page.url()).searchParams.get('meeting')).toBe('1');
  expect(await searchBox(suite.page).count()).toBe(0); // the toolbar is out of the way
  expect(parseFloat(await rootFontSize())).toBeGreaterThan(parseFloat(normalSize));
  const box = (await suite.page.locator('.board-page--meeting').boundingBox())!;
  const viewport = suite.page.viewportSize()!;
  expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, viewport.width, viewport.height]);
  // The three columns share the width.
  const columns = await suite.page
    .locator('section.column')
    .evaluateAll((all) => all.map((c) => c.getBoundingClientRect().width));
  expect(columns).toHaveLength(3);
  expect(columns.reduce((a, b) => a + b, 0)).toBeGreaterThan(viewport.width * 0.9);

  await suite.page.keyboard.press('Escape');
  await expect.poll(() => suite.page.locator('.board-page--meeting').count()).toBe(0);
  expect(new URL(suite.page.url()).searchParams.get('meeting')).toBeNull();
  expect(await rootFontSize()).toBe(normalSize);

  await suite.page.getByRole('button', { name: '会议模式' }).click();
  await expect.poll(() => suite.page.locator('.board-page--meeting').count()).toBe(1);
  // A reload keeps the layout (full screen itself needs a click or key, the layout does not).
  await suite.page.reload();
  await expect.poll(() => suite.page.locator('.board-page--meeting article.card').count()).toBeGreaterThan(20);
  await suite.page.getByRole('button', { name: '退出会议模式' }).click();
  await expect.poll(() => suite.page.locator('.board-page--meeting').count()).toBe(0);
  expect(await searchBox(suite.page).count()).toBe(1);
});
