// Blockers (难题堵点) in the browser: a liaison raises one from the project page and another open
// board shows the badge live; an admin escalates and clears it (a resolution note is required) and
// the badge goes; the list sorts and filters through its address and its Excel export has the same
// rows; the responsible unit's view puts what is overdue on top and clears from there.
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../server/domain/dates.js';
import { apiAs, launchBrowser, removeDir, setAddressCheckbox, signIn, startApp, type AppServer } from './harness.js';

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

interface BoardCard {
  id: number;
  code: string;
  ownerUnit: { id: number };
  blockers: { open: number };
}
interface Me {
  actor: { unitIds: number[] };
  today: string;
}

const plusDays = (date: string, days: number) => formatIsoDate(parseIsoDate(date)! + days);

async function newSignedInPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, app.url, username);
  return page;
}

const cardOf = (page: Page, code: string) =>
  page.locator('article.card', { has: page.locator('.card__code', { hasText: code }) });

/** The project page's blocker with this description. */
const blockerCard = (page: Page, description: string) =>
  page.locator('article.blocker', { has: page.getByText(description, { exact: true }) });

/** demo-editor's projects that nobody has flagged yet (the demo seeds blockers on the first two). */
async function unblockedTownProjects(): Promise<{ today: string; cards: BoardCard[] }> {
  const editor = await apiAs(app.url, 'demo-editor');
  const me = await editor.query<Me>('auth.me');
  const board = await editor.query<{ columns: { cards: BoardCard[] }[] }>('board.get');
  const cards = board.columns
    .flatMap((column) => column.cards)
    .filter((card) => me.actor.unitIds.includes(card.ownerUnit.id) && card.blockers.open === 0);
  return { today: me.today, cards };
}

async function tableRows(page: Page) {
  const rows = page.locator('table.blocker-table tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      return {
        code: tr.querySelector('.project__code')?.textContent?.trim() ?? '',
        description: cells[2]!,
        unit: cells[3]!,
        level: cells[4]!,
        ageDays: Number.parseInt(cells[6]!, 10),
        isOverdue: cells[7]!.includes('已超期'),
      };
    }),
  );
}

async function submitDialog(dialog: Locator, name: string) {
  await dialog.getByRole('button', { name, exact: true }).click();
}

test('a liaison raises a blocker, the badge shows on an open board live; an admin escalates and clears it and the badge goes', async () => {
  const { today, cards } = await unblockedTownProjects();
  const project = cards[0]!;
  const description = '施工用电临时接入迟迟未批，塔吊无法进场。';

  const board = await newSignedInPage('demo-admin');
  await expect.poll(() => board.locator('.live-status').getAttribute('data-status'), { timeout: LIVE_MS }).toBe('live');
  const card = cardOf(board, project.code);
  await card.waitFor();
  expect(await card.locator('.card__blocker-badge').count()).toBe(0);

  // The liaison flags it from the project page.
  const editor = await newSignedInPage('demo-editor');
  await editor.goto(`${app.url}/projects/${project.id}`);
  await editor.getByRole('button', { name: '提出难题' }).click();
  const raise = editor.getByRole('dialog', { name: '提出难题堵点' });
  await raise.getByLabel('类别').selectOption({ label: '水电气' });
  await raise.getByLabel('协调层级').selectOption({ label: '部门' });
  await raise.getByLabel('难题描述').fill(description);
  await raise.getByLabel('限期解决日期').fill(plusDays(today, 10));
  await submitDialog(raise, '提出');
  await raise.waitFor({ state: 'detached' });
  const raised = blockerCard(editor, description);
  await expect.poll(() => raised.locator('.blocker-status').textContent()).toBe('待解决');
  expect(await raised.locator('.blocker-age').textContent()).toBe('已持续 0 天');
  // The liaison may escalate, clear and withdraw an open blocker of its own project; not reopen it.
  expect(await raised.getByRole('button').allTextContents()).toEqual(['升级', '办结', '撤销']);

  // The admin's board shows the badge without a reload.
  await expect.poll(() => card.locator('.card__blocker-badge').textContent(), { timeout: LIVE_MS }).toContain('1');

  // The admin escalates it from the project page, in another tab, with a note.
  const adminProject = await board.context().newPage();
  await adminProject.goto(`${app.url}/projects/${project.id}`);
  const adminBlocker = blockerCard(adminProject, description);
  await adminBlocker.getByRole('button', { name: /^升级/ }).click();
  const escalate = adminProject.getByRole('dialog', { name: '升级难题' });
  expect(await escalate.textContent()).toContain('将从“部门”升级到“区领导”。');
  await escalate.getByLabel('升级说明').fill('供电公司排期已满，请分管区领导协调。');
  await submitDialog(escalate, '升级');
  await escalate.waitFor({ state: 'detached' });
  await expect.poll(() => adminBlocker.locator('.blocker-status').textContent()).toBe('已升级');
  expect(await adminBlocker.locator('.blocker-steps li').allTextContents()).toEqual([
    expect.stringContaining('提出'),
    expect.stringMatching(/升级 · 部门 → 区领导供电公司排期已满，请分管区领导协调。$/),
  ]);
  // The liaison's page follows the escalation without a reload.
  await expect.poll(() => raised.locator('.blocker-status').textContent(), { timeout: LIVE_MS }).toBe('已升级');

  // Clearing needs a resolution note: without one the dialog says so beside the field and stays open.
  await adminBlocker.getByRole('button', { name: /^办结/ }).click();
  const clear = adminProject.getByRole('dialog', { name: '办结难题' });
  await submitDialog(clear, '办结');
  await expect.poll(() => clear.locator('.field__error').allTextContents()).toContain('办结难题须写明解决情况。');
  expect(await clear.getByLabel('解决情况').getAttribute('aria-invalid')).toBe('true');
  await clear.getByLabel('解决情况').fill('区领导调度后供电公司已完成临时接电。');
  await submitDialog(clear, '办结');
  await clear.waitFor({ state: 'detached' });
  await expect.poll(() => adminBlocker.locator('.blocker-status').textContent()).toBe('已办结');
  expect(await adminBlocker.textContent()).toContain('解决情况：区领导调度后供电公司已完成临时接电。');
  expect(await adminBlocker.getByRole('button').allTextContents()).toEqual(['重新打开']);

  // The badge goes from the open board, live.
  await expect.poll(() => card.locator('.card__blocker-badge').count(), { timeout: LIVE_MS }).toBe(0);
  await board.context().close();
  await editor.context().close();
}, 120_000);

test('a viewer sees the blockers on a project page but no buttons', async () => {
  const viewer = await newSignedInPage('demo-viewer');
  const list = await apiAs(app.url, 'demo-viewer');
  const [first] = await list.query<{ project: { id: number }; description: string }[]>('blocker.list');
  await viewer.goto(`${app.url}/projects/${first!.project.id}`);
  const blocker = blockerCard(viewer, first!.description);
  await blocker.waitFor();
  expect(await blocker.getByRole('button').count()).toBe(0);
  expect(await viewer.getByRole('button', { name: '提出难题' }).count()).toBe(0);
  await viewer.context().close();
}, 30_000);

test('the list sorts and filters through its address, and its Excel export has the rows it shows', async () => {
  const page = await newSignedInPage('demo-admin');
  await page.getByRole('navigation').getByRole('link', { name: '难题堵点' }).click();
  await page.getByRole('heading', { name: '难题堵点清单' }).waitFor();
  await expect.poll(async () => (await tableRows(page)).length).toBeGreaterThan(3);

  // Default: active blockers, oldest first.
  const byAge = await tableRows(page);
  expect(byAge.map((row) => row.ageDays)).toEqual([...byAge.map((row) => row.ageDays)].sort((a, b) => b - a));
  // The blocker cleared in the first test is not among them.
  expect(byAge.map((row) => row.description)).not.toContain('施工用电临时接入迟迟未批，塔吊无法进场。');

  // A second click on the age heading: youngest first, in the address too.
  await page.getByRole('button', { name: '已持续天数' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('direction')).toBe('asc');
  await expect
    .poll(async () => (await tableRows(page)).map((row) => row.ageDays))
    .toEqual([...byAge.map((row) => row.ageDays)].sort((a, b) => a - b));

  // By responsible unit, A to Z in pinyin.
  await page.getByRole('button', { name: '责任单位' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('responsibleUnit');
  const collator = new Intl.Collator('zh-Hans-CN');
  await expect
    .poll(async () => (await tableRows(page)).map((row) => row.unit))
    .toEqual(byAge.map((row) => row.unit).sort(collator.compare));

  // Filters: only department level, then only overdue; a reload keeps them (they are in the address).
  await page.getByLabel('协调层级').selectOption({ label: '部门' });
  await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('department');
  await expect.poll(async () => new Set((await tableRows(page)).map((row) => row.level))).toEqual(new Set(['部门']));
  await page.getByLabel('协调层级').selectOption({ label: '全部' });
  await setAddressCheckbox(page.getByLabel('只看超期'), true);
  await page.reload();
  await expect.poll(() => page.getByLabel('只看超期').isChecked()).toBe(true);
  await expect.poll(async () => (await tableRows(page)).length).toBeGreaterThan(0);
  const overdue = await tableRows(page);
  expect(overdue.every((row) => row.isOverdue)).toBe(true);
  expect(overdue.length).toBeLessThan(byAge.length);

  // All statuses, including the one cleared earlier; the Excel export has exactly these rows, in order.
  await setAddressCheckbox(page.getByLabel('只看超期'), false);
  await page.getByLabel('状态').selectOption({ label: '全部（含已办结、已撤销）' });
  await expect
    .poll(async () => (await tableRows(page)).map((row) => row.description))
    .toContain('施工用电临时接入迟迟未批，塔吊无法进场。');
  const shown = await tableRows(page);
  const href = await page.getByRole('link', { name: '下载 Excel' }).getAttribute('href');
  expect(href).toContain('status=open%2Cescalated%2Ccleared%2Cwithdrawn');
  expect(href).toContain('lang=zh');
  const response = await page.request.get(new URL(href!, app.url).toString());
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe('难题堵点');
  expect(sheet.getRow(1).getCell(4).text).toBe('难题描述');
  const exported: { code: string; description: string; unit: string }[] = [];
  sheet.eachRow((row, index) => {
    if (index > 1)
      exported.push({ code: row.getCell(1).text, description: row.getCell(4).text, unit: row.getCell(5).text });
  });
  expect(exported).toEqual(shown.map(({ code, description, unit }) => ({ code, description, unit })));

  // In English the list, its labels and the export follow the language; the filter stays.
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await page.getByRole('heading', { name: 'Blocker list' }).waitFor();
  const englishHref = await page.getByRole('link', { name: 'Download Excel' }).getAttribute('href');
  expect(englishHref).toBe(href!.replace('lang=zh', 'lang=en'));
  expect(await page.locator('table.blocker-table thead').textContent()).toContain('Responsible unit');
  await page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();

  // Each row links to its project.
  await page
    .getByRole('link', { name: new RegExp(shown[0]!.code) })
    .first()
    .click();
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/projects\/\d+$/);
  await page.context().close();
}, 60_000);

test("the responsible unit's view puts what is overdue on top, and clears from there", async () => {
  const { today, cards } = await unblockedTownProjects();
  const editorApi = await apiAs(app.url, 'demo-editor');
  const me = await editorApi.query<Me>('auth.me');
  const town = me.actor.unitIds[0]!;
  const later = '配套道路施工许可待办理，影响材料运输。';
  await editorApi.mutate('blocker.raise', {
    projectId: cards[0]!.id,
    category: 'approvals',
    description: later,
    responsibleUnitId: town,
    targetDate: plusDays(today, 40),
  });
  // Some days later the demo's town blocker (due in 18 days) is overdue, ours (due in 40) is not.
  await app.stop();
  app = await startApp({ dataDir: app.dataDir, env: { BACKPLAN_TODAY: plusDays(today, 25) } });

  const page = await newSignedInPage('demo-editor');
  await page.getByRole('navigation').getByRole('link', { name: '本单位' }).click();
  await page.getByRole('heading', { name: '本单位待解决的难题' }).waitFor();
  const blockers = page.locator('article.blocker');
  await expect.poll(() => blockers.count()).toBeGreaterThanOrEqual(2);
  const overdueFlags = await blockers.evaluateAll((all) => all.map((b) => b.classList.contains('blocker--overdue')));
  expect(overdueFlags[0]).toBe(true);
  // Overdue ones first: once a blocker is not overdue, none after it is.
  expect(overdueFlags).toEqual([...overdueFlags].sort((a, b) => Number(b) - Number(a)));
  expect(await blockers.last().textContent()).toContain(later);
  expect(await blockers.first().locator('.blocker-target').textContent()).toContain('已超期');

  // Clear the overdue one right here; it leaves the view.
  const first = blockers.first();
  const description = await first.locator('.blocker__description').textContent();
  await first.getByRole('button', { name: /^办结/ }).click();
  const clear = page.getByRole('dialog', { name: '办结难题' });
  await clear.getByLabel('解决情况').fill('3 户征收补偿协议已全部签订。');
  await submitDialog(clear, '办结');
  await expect.poll(() => page.getByRole('status').allTextContents()).toContain('已办结难题。');
  await expect
    .poll(() => page.locator('article.blocker .blocker__description').allTextContents())
    .not.toContain(description);
  await page.context().close();
}, 150_000);
