// The dashboard in the browser: a viewer lands on it after signing in, the red bar of the worst unit opens
// the board with exactly that unit's red projects, and ECharts is downloaded by the dashboard only.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiAs, signIn } from './harness.js';
import { useApp } from './app.js';

const TODAY = '2026-06-01';
const SLOW = { timeout: 15_000 };
const RED = '#c62828';

interface Card {
  code: string;
  ownerUnit: { id: number; name: string };
  schedule: { light: string | null };
}

const suite = useApp({ env: { BACKPLAN_TODAY: TODAY }, viewport: { width: 1920, height: 1080 }, username: null });

/** Clicks the topmost red segment drawn in a chart card: in the units chart, the worst unit's red bar. */
async function clickTopRedBar(page: Page, card: string) {
  const chart = page.locator(card).locator('.echart svg');
  await chart.waitFor(SLOW);
  const boxes = await chart.locator(`path[fill="${RED}"]`).evaluateAll((paths) =>
    paths.map((path) => {
      const box = path.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width };
    }),
  );
  // The legend's swatch sits at the bottom; the bars are above it, the worst unit first.
  const top = boxes.sort((a, b) => a.y - b.y)[0]!;
  await page.mouse.click(top.x, top.y);
}

test('a viewer lands on the dashboard; the worst unit’s red bar opens the board with exactly its red projects', async () => {
  const viewer = await apiAs(suite.app.url, 'demo-viewer');
  const dashboard = await viewer.query<{ units: { unit: { id: number; name: string }; lights: { red: number } }[] }>(
    'dashboard.get',
  );
  const worst = dashboard.units[0]!;
  expect(worst.lights.red).toBeGreaterThan(0);
  const board = await viewer.query<{ columns: { cards: Card[] }[] }>('board.get');
  const expected = board.columns
    .flatMap((column) => column.cards)
    .filter((card) => card.ownerUnit.id === worst.unit.id && card.schedule.light === 'red')
    .map((card) => card.code)
    .sort();
  expect(expected).toHaveLength(worst.lights.red);

  // The server took today's snapshot when it started: the trend's last week ends today.
  await expect
    .poll(
      async () => (await viewer.query<{ redTrend: { day: string | null }[] }>('dashboard.get')).redTrend.at(-1)!.day,
    )
    .toBe(TODAY);

  await signIn(suite.page, suite.app.url, 'demo-viewer');
  await expect.poll(() => new URL(suite.page.url()).pathname, SLOW).toBe('/dashboard');
  await suite.page.getByRole('heading', { name: /^项目总览/ }).waitFor(SLOW);
  await clickTopRedBar(suite.page, '.dashboard-card--units');

  await expect.poll(() => new URL(suite.page.url()).pathname, SLOW).toBe('/');
  const params = new URL(suite.page.url()).searchParams;
  expect(params.get('unit')).toBe(String(worst.unit.id));
  expect(params.getAll('light')).toEqual(['red']);
  await expect
    .poll(async () => (await suite.page.locator('article.card .card__code').allTextContents()).sort(), SLOW)
    .toEqual(expected);
  // Sign-in, the dashboard with ECharts and then the board: more than the default half minute on a busy machine.
}, 90_000);

test('the board does not download ECharts; the dashboard does', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const charting = () => scripts.filter((path) => /echarts|zrender|DashboardPage/.test(path));
  try {
    await signIn(page, suite.app.url, 'demo-admin');
    await expect.poll(() => page.locator('article.card').count(), SLOW).toBeGreaterThan(10);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(charting()).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '总览' }).click();
    await page.locator('.dashboard-card--stages .echart svg').waitFor(SLOW);
    expect(charting().some((path) => path.includes('echarts'))).toBe(true);
  } finally {
    await page.close();
  }
});
