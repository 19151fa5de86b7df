// The bureau's administrator at work: a new liaison account from first password to being switched
// off, the audit log that records it (on screen and as the CSV export), and a project's history.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiAs, keyboardMove, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

let app: AppServer;
let browser: Browser;
let admin: Page;
let liaisonContext: BrowserContext;
let liaison: Page;

const USERNAME = 'wang.liaison';
const INITIAL_PASSWORD = 'Initial-pass-2026';
const OWN_PASSWORD = 'my-own-password-2026';
const SLOW = { timeout: 15_000 };

/** A project in the first column and its owner unit: the new liaison will answer for that unit. */
let project: { id: number; code: string; name: string; unit: string };

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(admin, app.url);
  const board = await (
    await apiAs(app.url)
  ).query<{ columns: { cards: { id: number; code: string; name: string; ownerUnit: { name: string } }[] }[] }>(
    'board.get',
  );
  const card = board.columns[0]!.cards[0]!;
  project = { id: card.id, code: card.code, name: card.name, unit: card.ownerUnit.name };
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

const userRow = (name: string) => admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name }) });

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isQuoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && c === ',') {
      endField();
    } else if (!isQuoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += c;
    }
  }
  if (field || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

test('an admin creates a liaison, who must change the initial password before seeing the board', async () => {
  await admin.goto(`${app.url}/admin/users`);
  await admin.getByRole('button', { name: '新建用户' }).click();
  const dialog = admin.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名', { exact: true }).fill('demo-editor');
  await dialog.getByLabel('姓名', { exact: true }).fill('王联络');
  await dialog.getByLabel('角色', { exact: true }).selectOption({ label: '联络员' });
  await dialog.getByRole('checkbox', { name: project.unit, exact: true }).check();
  await dialog.getByLabel('初始密码', { exact: true }).fill(INITIAL_PASSWORD);
  await dialog.getByRole('button', { name: '创建用户' }).click();
  // The server's refusal, in Chinese, above the form and next to the field it is about.
  await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('用户名 demo-editor 已被使用。');
  const usernameField = dialog.getByLabel('用户名', { exact: true });
  expect(await usernameField.getAttribute('aria-invalid')).toBe('true');
  expect(await usernameField.evaluate((input) => input.getAttribute('aria-describedby'))).toBeTruthy();

  await usernameField.fill(USERNAME);
  await dialog.getByRole('button', { name: '创建用户' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect
    .poll(() => admin.getByRole('status').allTextContents())
    .toContainEqual(expect.stringContaining(USERNAME));
  const row = userRow(USERNAME);
  const cells = await row.getByRole('cell').allTextContents();
  expect(cells).toEqual(expect.arrayContaining(['王联络', '联络员', project.unit, '启用', '待修改']));

  liaisonContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  liaison = await liaisonContext.newPage();
  await liaison.goto(app.url);
  await liaison.getByLabel('用户名').fill(USERNAME);
  await liaison.getByLabel('密码').fill(INITIAL_PASSWORD);
  await liaison.getByRole('button', { name: '登录' }).click();
  await liaison.getByRole('heading', { name: '修改密码' }).waitFor();
  await liaison.getByLabel('当前密码').fill(INITIAL_PASSWORD);
  await liaison.getByLabel('新密码', { exact: true }).fill(OWN_PASSWORD);
  await liaison.getByLabel('再次输入新密码').fill(OWN_PASSWORD);
  await liaison.getByRole('button', { name: '保存新密码' }).click();
  await liaison.getByRole('region', { name: '成熟度' }).waitFor(SLOW);
  expect(await liaison.getByText('王联络 · 联络员').isVisible()).toBe(true);

  await admin.reload();
  expect(await userRow(USERNAME).getByRole('cell').allTextContents()).not.toContain('待修改');
}, 60_000);

test('the liaison moves a card of their unit; disabled by the admin, their next step lands on the sign-in page', async () => {
  const maturity = liaison.getByRole('region', { name: '成熟度' });
  const handle = maturity.locator('li', { has: liaison.getByText(project.code, { exact: true }) });
  await keyboardMove(liaison, handle, ['ArrowRight']);
  // Its maturity milestones are not all finished: the stage gate asks for a reason.
  const gate = liaison.getByRole('dialog');
  await gate.getByLabel(/理由/).fill('区调度会同意容缺推进');
  await gate.getByRole('button', { name: '仍然移动' }).click();
  await liaison.waitForLoadState('networkidle');
  await expect
    .poll(() => liaison.getByRole('region', { name: '加速度' }).getByText(project.code, { exact: true }).count())
    .toBe(1);

  await userRow(USERNAME).getByRole('button', { name: '停用' }).click();
  await expect.poll(() => userRow(USERNAME).getByRole('cell').allTextContents()).toContain('已停用');

  // The live board may find out first (its stream asks the server on its own); if it has not, opening
  // a project does: the server refuses the ended session and the page turns to sign-in.
  const signInHeading = liaison.getByRole('heading', { name: '登录 Backplan' });
  const projectLink = liaison.getByRole('link', { name: project.name });
  await signInHeading.or(projectLink).waitFor(SLOW);
  if (!(await signInHeading.isVisible())) await projectLink.click({ timeout: 5_000 }).catch(() => undefined);
  await signInHeading.waitFor(SLOW);
  await liaison.getByLabel('用户名').fill(USERNAME);
  await liaison.getByLabel('密码').fill(OWN_PASSWORD);
  await liaison.getByRole('button', { name: '登录' }).click();
  await expect.poll(() => liaison.getByRole('alert').filter({ hasText: '此账号已停用' }).isVisible()).toBe(true);
  await liaisonContext.close();
}, 60_000);

test("the audit log filtered by the liaison's name shows the sign-in, and the CSV export holds the same rows", async () => {
  await admin.goto(`${app.url}/admin/audit`);
  const filters = admin.getByRole('form', { name: '筛选日志' });
  await filters.getByLabel('操作人').fill(USERNAME);
  await filters.getByRole('button', { name: '筛选', exact: true }).click();
  await expect.poll(() => new URL(admin.url()).searchParams.get('actorName')).toBe(USERNAME);

  const table = admin.getByRole('table');
  const rows = table.locator('tbody tr');
  // The unfiltered table may still be on screen a moment after the address changed: wait for the filtered one.
  const actorsShown = () => rows.locator('td:nth-child(2)').allTextContents();
  await expect.poll(async () => (await actorsShown()).length, SLOW).toBeGreaterThanOrEqual(3);
  // The log keeps the username; the screen shows the person's name.
  await expect.poll(async () => new Set(await actorsShown()), SLOW).toEqual(new Set(['王联络']));
  const actions = await rows.locator('td:nth-child(3)').allTextContents();
  expect(actions).toEqual(expect.arrayContaining(['登录', '修改密码', '移动']));
  // Only the liaison's own doings: the admin's changes to the account are under the admin's name.
  const shownIds = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.entryId!));
  const shownTimes = await rows.locator('td:nth-child(1)').allTextContents();

  // The address reproduces the view.
  await admin.goto(`${app.url}/admin/audit?actorName=${USERNAME}&action=signIn`);
  await expect.poll(() => rows.locator('td:nth-child(3)').allTextContents(), SLOW).toEqual(['登录']);
  await admin.goBack();
  await expect.poll(() => rows.count()).toBe(shownIds.length);

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: '导出 CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^backplan-audit-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...entries] = parseCsv(csv.replace(/^\uFEFF/, ''));
  expect(header).toEqual(['时间（北京时间 UTC+08:00）', '操作人', '操作', '对象', '变更内容', '原因']);
  // The same rows as the screen, oldest first, at the same Beijing times.
  expect(entries.map((entry) => entry[0])).toEqual([...shownTimes].reverse());
  expect(new Set(entries.map((entry) => entry[1]))).toEqual(new Set(['王联络']));
  expect(entries.map((entry) => entry[2])).toEqual(expect.arrayContaining(['登录', '修改密码', '移动']));
  const move = entries.find((entry) => entry[2] === '移动')!;
  expect(move[4]).toBe('从“成熟度”移到“加速度”');
}, 60_000);

test("the project page's history shows the liaison's move", async () => {
  const moveRow = admin.getByRole('table').locator('tbody tr', { hasText: '移动' });
  await moveRow.getByRole('link').click();
  await admin.waitForURL(`**/projects/${project.id}`);
  const history = admin.locator('.project-history');
  await history.waitFor(SLOW);
  const entry = history.getByRole('listitem').filter({ hasText: '王联络' });
  expect(await entry.textContent()).toContain('从“成熟度”移到“加速度”');
}, 30_000);
