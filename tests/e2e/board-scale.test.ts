// A board of a thousand projects in Chromium: the columns render only what is in view, yet a card
// still goes by keyboard from the top of one column to the bottom of another, and by mouse deep
// into a long column that scrolls while the card is held at its edge; the list view sorts.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiAs, pickUp } from './harness.js';
import { useScaledApp } from './board-scale-app.js';

const PROJECTS = 1000;
const VIEWPORT = { width: 1440, height: 900 };
const suite = useScaledApp(PROJECTS, VIEWPORT);

interface BoardAnswer {
  columns: {
    stage: string;
    cards: { id: number; code: string; targetDate: string; schedule: { light: string | null } }[];
  }[];
}

const column = (name: string) => suite.page.getByRole('region', { name });
const scrollerOf = (region: Locator) => region.locator('.column__scroll');
const codesIn = async (region: Locator) =>
  (await region.locator('article.card .card__code').allTextContents()).map((s) => s.trim());
const dialog = () => suite.page.getByRole('dialog');
const statusSays = (text: string) =>
  expect
    .poll(() => suite.page.getByRole('status').allTextContents(), { timeout: 10_000 })
    .toEqual(expect.arrayContaining([expect.stringContaining(text)]));

async function board(): Promise<BoardAnswer> {
  return (await apiAs(suite.app.url)).query<BoardAnswer>('board.get');
}
const codesOf = (answer: BoardAnswer, stage: string) =>
  answer.columns.find((c) => c.stage === stage)!.cards.map((card) => card.code);

async function openBoard(path = '/') {
  await suite.page.goto(`${suite.app.url}${path}`);
  await expect.poll(() => column('成熟度').locator('article.card').count(), { timeout: 20_000 }).toBeGreaterThan(3);
}

/** Confirms the stage gate's dialog with a reason, as the officer does in the meeting. */
async function passGate(reason: string) {
  await expect.poll(() => dialog().isVisible()).toBe(true);
  await dialog().getByLabel(/理由/).fill(reason);
  await dialog().getByRole('button', { name: '仍然移动' }).click();
  await expect.poll(() => dialog().count()).toBe(0);
  await suite.page.waitForLoadState('networkidle');
}

test('the page holds a few dozen of the thousand cards, each column scrolls under its own head', async () => {
  await openBoard();
  const answer = await board();
  const total = answer.columns.reduce((sum, c) => sum + c.cards.length, 0);
  expect(total).toBeGreaterThanOrEqual(PROJECTS);
  const rendered = await suite.page.locator('article.card').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(total / 10);
  // One screen, not a page tens of thousands of pixels tall.
  expect(await suite.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(VIEWPORT.height * 1.2);

  const maturity = column('成熟度');
  const count = codesOf(answer, 'maturity').length;
  expect(await maturity.getByRole('heading', { level: 2 }).textContent()).toBe('成熟度');
  expect(await maturity.locator('.column__count').textContent()).toBe(`${count} 个项目`);
  // Halfway down the column: the cards there are rendered, the head is where it was.
  const headBefore = (await maturity.getByRole('heading', { level: 2 }).boundingBox())!;
  await scrollerOf(maturity).evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  const middle = codesOf(answer, 'maturity')[Math.floor(count / 2)]!;
  await expect.poll(() => codesIn(maturity), { timeout: 5_000 }).toContain(middle);
  expect(await codesIn(maturity)).not.toContain(codesOf(answer, 'maturity')[0]);
  expect(await maturity.getByRole('heading', { level: 2 }).boundingBox()).toEqual(headBefore);
  expect(await suite.page.locator('article.card').count()).toBeLessThan(total / 10);
});

test('compact cards take about half the height, and the address keeps the choice', async () => {
  await openBoard();
  const normal = (await column('成熟度').locator('article.card').first().boundingBox())!.height;
  await suite.page.getByRole('button', { name: '紧凑', exact: true }).click();
  await expect.poll(() => suite.page.url()).toContain('density=compact');
  await expect
    .poll(async () => (await column('成熟度').locator('article.card').first().boundingBox())!.height)
    .toBeLessThan(normal * 0.6);
  await suite.page.reload();
  await expect
    .poll(() => suite.page.getByRole('button', { name: '紧凑', exact: true }).getAttribute('aria-pressed'))
    .toBe('true');
  await suite.page.getByRole('button', { name: '标准', exact: true }).click();
  await expect.poll(() => suite.page.url()).not.toContain('density');
});

test('a keyboard move from the top of one column to the bottom of another stays there after a reload', async () => {
  await openBoard();
  const before = await board();
  const code = codesOf(before, 'maturity')[0]!;
  const acceleration = codesOf(before, 'acceleration');
  const handle = column('成熟度').locator('li', { has: suite.page.getByText(code, { exact: true }) });
  await pickUp(suite.page, handle);
  await suite.page.keyboard.press('ArrowRight');
  await statusSays('“加速度”列第 1 位');
  // End carries it past cards that are not rendered, to the last place of the whole column.
  await suite.page.keyboard.press('End');
  await statusSays(`“加速度”列第 ${acceleration.length + 1} 位`);
  await suite.page.keyboard.press('Space');
  await statusSays(`已放到“加速度”列第 ${acceleration.length + 1} 位`);
  await passGate('区重大项目调度会同意容缺推进');

  await suite.page.reload();
  const after = await board();
  expect(codesOf(after, 'acceleration')).toEqual([...acceleration, code]);
  expect(codesOf(after, 'maturity')).not.toContain(code);
  // And the page shows it last, once the column is scrolled to its end.
  const region = column('加速度');
  await expect.poll(() => region.locator('article.card').count()).toBeGreaterThan(3);
  await scrollerOf(region).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(async () => (await codesIn(region)).at(-1), { timeout: 5_000 }).toBe(code);
});

test('a card held at the foot of a long column scrolls it, and drops where the pointer is', async () => {
  await openBoard();
  const before = await board();
  const code = codesOf(before, 'acceleration')[0]!;
  const target = column('贡献度');
  const scroller = scrollerOf(target);
  const card = column('加速度').locator('article.card', { hasText: code }).first();
  const from = (await card.boundingBox())!;
  const box = (await scroller.boundingBox())!;
  const mouse = suite.page.mouse;
  await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await mouse.down();
  await mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  const x = box.x + box.width / 2;
  await mouse.move(x, box.y + box.height / 2, { steps: 10 });
  // At the column's lower edge dnd-kit scrolls it; the pointer keeps moving a little, as a hand does.
  const edge = box.y + box.height - 8;
  let wiggle = 0;
  await expect
    .poll(
      async () => {
        await mouse.move(x + (wiggle++ % 2), edge);
        return scroller.evaluate((el) => el.scrollTop);
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBeGreaterThan(3_000);
  // Back to the middle: the scrolling stops and the card goes where the pointer now is.
  const pointerY = box.y + box.height / 2;
  await mouse.move(x, pointerY, { steps: 5 });
  await mouse.move(x + 1, pointerY + 1);
  await statusSays('移到“贡献度”列');
  await mouse.up();
  await statusSays('已放到“贡献度”列');
  const dropped = await suite.page.getByRole('status').allTextContents();
  const position = Number(/已放到“贡献度”列第 (\d+) 位/.exec(dropped.join('\n'))![1]);
  expect(position).toBeGreaterThan(15);
  await passGate('已投产，验收材料补报中');

  const placed = (await target.locator('article.card', { hasText: code }).boundingBox())!;
  expect(Math.abs(placed.y + placed.height / 2 - pointerY)).toBeLessThan(placed.height * 1.5);
  await suite.page.reload();
  expect(codesOf(await board(), 'contribution').indexOf(code)).toBe(position - 1);
});

test('the list view shows the same cards as a table, sorted by target date and by light on a header click', async () => {
  await suite.page.goto(`${suite.app.url}/?view=list`);
  const table = suite.page.getByRole('table', { name: '项目列表' });
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(100);
  const answer = await board();
  const cards = answer.columns.flatMap((c) => c.cards);
  const header = (name: string) => table.getByRole('columnheader', { name });
  const cellsOf = async (nth: number) =>
    (await table.locator(`tbody tr > :nth-child(${nth})`).allTextContents()).map((s) => s.trim());

  await header('目标日期').getByRole('button').click();
  await expect.poll(() => header('目标日期').getAttribute('aria-sort')).toBe('ascending');
  const earliest = cards.map((c) => c.targetDate).sort();
  await expect.poll(() => cellsOf(6).then((dates) => dates.slice(0, 20))).toEqual(earliest.slice(0, 20));
  await header('目标日期').getByRole('button').click();
  await expect.poll(() => header('目标日期').getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => cellsOf(6).then((dates) => dates.slice(0, 20))).toEqual(earliest.reverse().slice(0, 20));

  await header('亮灯').getByRole('button').click();
  await expect.poll(() => header('亮灯').getAttribute('aria-sort')).toBe('ascending');
  expect(await header('目标日期').getAttribute('aria-sort')).toBe('none');
  const reds = cards.filter((c) => c.schedule.light === 'red').length;
  const lights = await table
    .locator('tbody tr [data-light]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-light')));
  const order = ['red', 'yellow', 'green', 'none'];
  expect(lights.slice(0, Math.min(reds, lights.length))).toEqual(Array(Math.min(reds, lights.length)).fill('red'));
  expect(lights.map((light) => order.indexOf(light!))).toEqual(
    [...lights.map((light) => order.indexOf(light!))].sort((a, b) => a - b),
  );
  // Far down a long list its head is still in view, over the rows, and the page itself does not scroll.
  await table.locator('tbody tr').nth(80).scrollIntoViewIfNeeded();
  const headBox = await header('亮灯').boundingBox();
  const rowUnderHead = await table
    .locator('tbody tr')
    .evaluateAll(
      (rows, y) => rows.findIndex((row) => row.getBoundingClientRect().bottom > y),
      headBox!.y + headBox!.height,
    );
  expect(rowUnderHead).toBeGreaterThan(40);
  expect(headBox!.y).toBeGreaterThan(0);
  expect(await suite.page.evaluate(() => window.scrollY)).toBe(0);
  const onTop = await suite.page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('thead') != null,
    [headBox!.x + 4, headBox!.y + headBox!.height / 2],
  );
  expect(onTop).toBe(true);
  // The order is part of the view's address: a reload keeps it, and every row leads to its project.
  await expect.poll(() => suite.page.url()).toContain('sort=light');
  await suite.page.reload();
  await expect.poll(() => header('亮灯').getAttribute('aria-sort')).toBe('ascending');
  const first = table.locator('tbody tr').first().getByRole('link');
  const name = await first.textContent();
  await first.click();
  await expect.poll(() => suite.page.url()).toMatch(/\/projects\/\d+$/);
  await expect.poll(() => suite.page.getByRole('heading', { name: name! }).count()).toBeGreaterThan(0);
});
