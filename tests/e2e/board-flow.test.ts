// The board's flow for keyboard users and bad networks: focus comes back to the moved card after the
// reason dialog and after undo; Ctrl+Z, / and ? work (and not while typing); a move made offline
// says it is not saved and the tab will not close over it silently; a card red because of an
// overdue blocker says so; a new project whose target cannot be met is warned about before saving.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../server/domain/dates.js';
import { apiAs, keyboardMove, signIn } from './harness.js';
import { useApp } from './app.js';

const suite = useApp({ viewport: { width: 1366, height: 768 } });

const column = (name: string, on = suite.page) => on.getByRole('region', { name });
const codesIn = async (region: Locator) =>
  (await region.locator('article.card .card__code').allTextContents()).map((s) => s.trim());
const slotOf = (region: Locator, code: string, on = suite.page) =>
  region.locator('li', { has: on.getByText(code, { exact: true }) });
const undoToast = (on = suite.page) => on.locator('.undo-toast');
/** The code on the card that has focus, or what has it instead. */
const focused = (on = suite.page) =>
  on.evaluate(() => {
    const active = document.activeElement;
    return active?.querySelector('.card__code')?.textContent?.trim() ?? active?.tagName ?? null;
  });

async function freshBoard(on = suite.page) {
  await on.goto(suite.app.url);
  await expect.poll(() => column('成熟度', on).locator('article.card').count()).toBeGreaterThan(3);
}

test('after the reason dialog, focus is on the moved card, not on the page', async () => {
  await freshBoard();
  const [code] = await codesIn(column('成熟度'));
  await keyboardMove(suite.page, slotOf(column('成熟度'), code!), ['ArrowRight']);
  const dialog = suite.page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByLabel(/理由/).fill('调度会同意容缺推进');
  await dialog.getByRole('button', { name: '仍然移动' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => focused()).toBe(code);
  expect(await codesIn(column('加速度'))).toContain(code);
});

test('after undo, focus is on the card, back where it was', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const [first, second] = await codesIn(maturity);
  await keyboardMove(suite.page, slotOf(maturity, first!), ['ArrowDown']);
  await undoToast().getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 2))).toEqual([first, second]);
  await expect.poll(() => focused()).toBe(first);
});

test('Ctrl+Z undoes the last move; in a text field it is left to the field', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const [first, second, third] = await codesIn(maturity);
  await keyboardMove(suite.page, slotOf(maturity, first!), ['ArrowDown']);
  // Undo is offered once the server has kept the move.
  await expect.poll(() => undoToast().isVisible()).toBe(true);
  expect((await codesIn(maturity)).slice(0, 3)).toEqual([second, first, third]);

  const search = suite.page.getByRole('searchbox', { name: '查找项目' });
  await search.fill('abc');
  await search.press('Control+z');
  await search.fill('');
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([second, first, third]);
  expect(await undoToast().isVisible()).toBe(true);

  await slotOf(maturity, first!).focus();
  await suite.page.keyboard.press('Control+z');
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([first, second, third]);
  await expect.poll(() => undoToast().count()).toBe(0);
  await expect.poll(() => focused()).toBe(first);
  await suite.page.waitForLoadState('networkidle');
  await suite.page.reload();
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([first, second, third]);
});

test('/ goes to the search box, where / is just typed; ? lists the shortcuts', async () => {
  await freshBoard();
  await suite.page.locator('body').click({ position: { x: 5, y: 5 } });
  await suite.page.keyboard.press('/');
  const search = suite.page.getByRole('searchbox', { name: '查找项目' });
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  await suite.page.keyboard.type('a/b?');
  expect(await search.inputValue()).toBe('a/b?');
  expect(await suite.page.getByRole('dialog').count()).toBe(0);
  await search.fill('');

  await suite.page.locator('body').click({ position: { x: 5, y: 5 } });
  await suite.page.keyboard.press('?');
  const help = suite.page.getByRole('dialog', { name: '键盘快捷键' });
  await expect.poll(() => help.isVisible()).toBe(true);
  expect(await help.getByText('撤销上一次移动').isVisible()).toBe(true);
  await suite.page.keyboard.press('Escape');
  await expect.poll(() => help.count()).toBe(0);
});

test('a move made offline is marked unsaved, the badge says offline, leaving asks first; back online it is saved', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const offline = await context.newPage();
  try {
    await signIn(offline, suite.app.url);
    await freshBoard(offline);
    const badge = offline.locator('.live-status');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 10_000 }).toBe('live');
    const maturity = column('成熟度', offline);
    const [first, second] = await codesIn(maturity);

    await context.setOffline(true);
    await expect.poll(() => badge.getAttribute('data-status')).toBe('offline');
    expect(await badge.textContent()).toContain('离线');
    await keyboardMove(offline, slotOf(maturity, first!, offline), ['ArrowDown']);
    const card = slotOf(maturity, first!, offline).locator('article.card');
    await expect.poll(() => card.getByTestId('card-pending').textContent()).toBe('离线·未保存');
    expect(await badge.textContent()).toContain('1 项修改待发送');
    expect(await undoToast(offline).count()).toBe(0); // not saved, so nothing to undo yet

    // Closing the tab now would lose the move: the browser asks first (we stay).
    const asked = new Promise<string>((resolve) =>
      offline.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await offline.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(offline.isClosed()).toBe(false);

    await context.setOffline(false);
    await expect.poll(() => card.getByTestId('card-pending').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => undoToast(offline).isVisible()).toBe(true);
    await offline.waitForLoadState('networkidle');
    await offline.reload();
    await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 2))).toEqual([second, first]);
  } finally {
    await context.close();
  }
});

test('a card red because of an overdue blocker says so, on the card and on its page', async () => {
  const api = await apiAs(suite.app.url);
  const board = await api.query<{
    columns: { cards: { id: number; code: string; blockers: { overdue: boolean } }[] }[];
  }>('board.get');
  const blocked = board.columns.flatMap((c) => c.cards).find((card) => card.blockers.overdue);
  if (!blocked) throw new Error('the demo data has no project with an overdue blocker');
  await freshBoard();
  const card = suite.page.getByRole('article', { name: new RegExp(`^${blocked.code} `) });
  await expect.poll(() => card.getByTestId('light-reason').textContent()).toBe('红灯：堵点已过目标日期');
  expect(await card.locator('.light').textContent()).toContain('红灯');
  await card.getByRole('link').click();
  await expect.poll(() => suite.page.getByTestId('light-reason').textContent()).toBe('红灯：堵点已过目标日期');
});

test('a new project whose target cannot be met is warned about, with the earliest date one click away', async () => {
  const me = await (await apiAs(suite.app.url)).query<{ today: string }>('auth.me');
  const tomorrow = formatIsoDate(parseIsoDate(me.today)! + 1);
  await suite.page.goto(suite.app.url);
  await suite.page.getByRole('button', { name: '新建项目' }).click();
  const dialog = suite.page.getByRole('dialog', { name: '新建重大项目' });
  await dialog.getByLabel('项目类型').selectOption({ label: '基础设施' });
  await dialog.getByLabel('目标日期').fill(tomorrow);
  const warning = dialog.locator('#new-targetDate-warning');
  await expect.poll(() => warning.textContent()).toMatch(/最早 \d{4}-\d\d-\d\d 才能达成目标/);
  const earliest = /最早 (\d{4}-\d\d-\d\d)/.exec((await warning.textContent())!)![1]!;
  expect(earliest > tomorrow).toBe(true);
  await warning.getByRole('button', { name: `改用 ${earliest}` }).click();
  expect(await dialog.getByLabel('目标日期').inputValue()).toBe(earliest);
  expect(await warning.count()).toBe(0);

  // Saving anyway stays possible: the project is created, red from the start, and says why.
  await dialog.getByLabel('目标日期').fill(tomorrow);
  await dialog.getByLabel('项目代码').fill('ZQ-2026-951');
  await dialog.getByLabel('项目名称').fill('章丘区急办基础设施项目');
  await dialog.getByLabel('总投资（万元）').fill('3000');
  await dialog.getByLabel('年度计划投资（万元）').fill('500');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => suite.page.getByRole('heading', { name: /ZQ-2026-951/ }).isVisible()).toBe(true);
  await expect
    .poll(() => suite.page.getByTestId('light-reason').textContent())
    .toMatch(/^红灯：节点「.+」(已逾期|预计晚) \d+ 个工作日/);
});
