// Action items (议定事项) in the browser: decisions an admin records at a meeting show on the owner
// unit's page for its liaison, the overdue one in red; the liaison reports progress and closes one with
// a note; an admin finds it on the list page, reopens it, and sees the district-wide overview in the digest.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiAs, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

const TODAY = '2026-06-01'; // a Monday
const SLOW = { timeout: 10_000 };
const RED = 'rgb(179, 38, 30)'; // --accent

let app: AppServer;
let browser: Browser;
const decided = { late: '', open: '', lateId: 0, openId: 0, unitName: '' };

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ env: { BACKPLAN_TODAY: TODAY } }), launchBrowser()]);
  // A meeting held two weeks ago decided two things for demo-editor's town: one was due last month.
  const admin = await apiAs(app.url, 'demo-admin');
  const editor = await apiAs(app.url, 'demo-editor');
  const unitId = (await editor.query<{ actor: { unitIds: number[] } }>('auth.me')).actor.unitIds[0]!;
  const board = await admin.query<{ columns: { cards: { id: number; ownerUnit: { id: number; name: string } }[] }[] }>(
    'board.get',
  );
  const project = board.columns.flatMap((c) => c.cards).find((card) => card.ownerUnit.id === unitId)!;
  decided.unitName = project.ownerUnit.name;
  const { id: meetingId } = await admin.mutate<{ id: number }>('meeting.create', {
    heldOn: '2026-05-18',
    title: '第21周调度会（议定事项测试）',
    unitIds: [unitId],
  });
  await admin.mutate('meeting.start', { id: meetingId });
  const decide = (text: string, dueDate: string) =>
    admin.mutate<{ id: number }>('meeting.decide', {
      meetingId,
      projectId: project.id,
      text,
      ownerUnitId: unitId,
      dueDate,
    });
  decided.late = '5月20日前完成用地预审（逾期测试）';
  decided.open = '6月12日前办结施工许可（办理测试）';
  decided.lateId = (await decide(decided.late, '2026-05-20')).id;
  decided.openId = (await decide(decided.open, '2026-06-12')).id;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

async function newSignedInPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signIn(page, app.url, username);
  return page;
}

const itemCard = (page: Page | Locator, text: string) => page.getByRole('article', { name: text });

test('the owner unit’s liaison sees its action items, the overdue one red, reports progress and closes one', async () => {
  const page = await newSignedInPage('demo-editor');
  await page.goto(`${app.url}/my-unit`);
  const section = page.getByRole('region', { name: '本单位的议定事项' });
  const late = itemCard(section, decided.late);
  const open = itemCard(section, decided.open);
  await late.waitFor(SLOW);
  // Overdue first, and red: the mark, the due date and the card's edge.
  expect(await section.getByRole('article').first().getAttribute('aria-label')).toBe(decided.late);
  const mark = late.getByText('已逾期', { exact: true });
  expect(await mark.evaluate((el) => getComputedStyle(el).color)).toBe(RED);
  expect(await late.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(RED);
  expect(await open.getByText('已逾期', { exact: true }).count()).toBe(0);
  expect(await open.textContent()).toContain('限 2026-06-12 前办结');
  // The bell tells the liaison too, and leads back here.
  await page.getByRole('button', { name: /^通知/ }).click();
  const reminder = page.getByRole('dialog', { name: '与我相关的通知' }).getByRole('link', { name: /本单位议定事项/ });
  await expect.poll(() => reminder.textContent(), SLOW).toContain('逾期 1 项');
  await page.getByRole('button', { name: /^通知/ }).click();

  await open.getByRole('button', { name: '报进展' }).click();
  const progress = page.getByRole('dialog', { name: '报送办理进展' });
  await progress.getByRole('button', { name: '报送' }).click();
  await expect.poll(() => progress.getByText('此项必填。').count(), SLOW).toBeGreaterThan(0);
  await progress.getByLabel('进展情况（干到什么程度）').fill('材料已报送住建局，正在审查');
  await progress.getByRole('button', { name: '报送' }).click();
  await expect
    .poll(() => open.getByRole('list', { name: '办理情况' }).textContent(), SLOW)
    .toContain('材料已报送住建局，正在审查');
  expect(await page.getByRole('status').allTextContents()).toContain('进展已报送。');

  await open.getByRole('button', { name: '办结' }).click();
  const closing = page.getByRole('dialog', { name: '办结议定事项' });
  await closing.getByLabel('办结情况（做了什么、结果如何）').fill('施工许可证已核发');
  await closing.getByRole('button', { name: '办结' }).click();
  // Gone from the open ones; shown closed, with its note, once closed ones are asked for.
  await expect.poll(() => open.count(), SLOW).toBe(0);
  await section.getByLabel('显示已办结的').check();
  await expect.poll(() => open.textContent(), SLOW).toContain('已办结');
  expect(await open.textContent()).toContain('施工许可证已核发');
  expect(await open.textContent()).toContain(`${TODAY} 办结`);
  expect(await open.getByRole('button').count()).toBe(0); // a liaison cannot reopen it

  const api = await apiAs(app.url, 'demo-editor');
  const stored = await api.query<{ status: string; closingNote: string; notes: { kind: string }[] }>('actionItem.get', {
    id: decided.openId,
  });
  expect(stored).toMatchObject({ status: 'closed', closingNote: '施工许可证已核发' });
  expect(stored.notes.map((n) => n.kind)).toEqual(['progress', 'close']);
  await page.context().close();
}, 90_000);

test('an admin finds the closed item on the list page by unit and status, reopens it, and sees the overview in the digest', async () => {
  const page = await newSignedInPage('demo-admin');
  await page.getByRole('navigation').getByRole('link', { name: '议定事项' }).click();
  const filters = page.getByRole('form', { name: '筛选议定事项' });
  // Open ones by default, overdue first and red.
  await itemCard(page, decided.late).waitFor(SLOW);
  expect(await page.getByRole('article').first().getAttribute('aria-label')).toBe(decided.late);
  await filters.getByLabel('状态').selectOption('closed');
  await filters.getByLabel('责任单位').selectOption({ label: decided.unitName });
  await expect.poll(() => new URL(page.url()).searchParams.get('status'), SLOW).toBe('closed');
  const closed = itemCard(page, decided.open);
  await closed.waitFor(SLOW);
  expect(await itemCard(page, decided.late).count()).toBe(0);

  await closed.getByRole('button', { name: '重新打开' }).click();
  const reopen = page.getByRole('dialog', { name: '重新打开议定事项' });
  await reopen.getByLabel('重新打开的原因（可不填）').fill('许可证信息有误，需重新办理');
  await reopen.getByRole('button', { name: '重新打开' }).click();
  await expect.poll(() => closed.count(), SLOW).toBe(0);
  await filters.getByLabel('状态').selectOption('open');
  await expect.poll(() => closed.textContent(), SLOW).toContain('重新打开');

  // The office's digest: the whole district, with this unit's overdue action item in red.
  await page.goto(`${app.url}/digest`);
  const open = page.getByRole('region', { name: /办理中的议定事项（逾期 \d+ 项）/ });
  await open.waitFor(SLOW);
  expect(await page.getByText('你不负责任何单位').count()).toBe(0);
  const lateRow = open.getByRole('listitem').filter({ hasText: decided.late });
  expect(await lateRow.getByText('逾期', { exact: true }).evaluate((el) => getComputedStyle(el).color)).toBe(RED);
  expect(await open.getByRole('listitem').filter({ hasText: decided.open }).count()).toBe(1);
  for (const name of ['全区逾期节点', '全区超期难题', '已升级的难题']) {
    expect(await page.getByRole('region', { name: new RegExp(name) }).count()).toBe(1);
  }
  // And its bell sums it up, linking to the digest.
  await page.getByRole('button', { name: /^通知/ }).click();
  const summary = page.getByRole('dialog', { name: '与我相关的通知' }).getByRole('link', { name: /全区情况/ });
  await expect.poll(() => summary.textContent(), SLOW).toMatch(/议定事项 \d+（逾期 [1-9]\d*）/);
  await page.context().close();
}, 90_000);
