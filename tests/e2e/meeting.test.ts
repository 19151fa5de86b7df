// The weekly scheduling meeting (周调度会) in the browser: an admin creates a meeting and prepares the
// agenda Backplan proposed (reorder, drop, add), starts it and steps through it on the wall screen by
// keyboard (arrows and a clicker's PageUp/PageDown); a change made elsewhere during the meeting shows
// without a reload; a decision recorded on an item shows under it at once; the minutes print to an A4
// PDF and download as Word, both with the decision; a viewer reads it all and gets no controls.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chinaCalendar } from '../../server/domain/china-calendar.js';
import { formatIsoDate, parseIsoDate } from '../../server/domain/dates.js';
import { unzipEntry } from '../factories/unzip.js';
import { apiAs, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

let app: AppServer;
let browser: Browser;
let scratch: string;
let admin: Page;
let meetingId = 0;
const LIVE_MS = 5_000;

interface AgendaItem {
  id: number;
  title: string;
  projectId: number | null;
}
interface Meeting {
  id: number;
  status: string;
  agenda: AgendaItem[];
}
interface Unit {
  id: number;
  name: string;
}

beforeAll(async () => {
  [app, browser, scratch] = await Promise.all([
    startApp(),
    launchBrowser(),
    mkdtemp(path.join(os.tmpdir(), 'backplan-meeting-')),
  ]);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  admin = await context.newPage();
  // A step that cannot happen fails with its locator named, inside the test's own time.
  admin.setDefaultTimeout(10_000);
  // The start and finish buttons ask before they freeze anything.
  admin.on('dialog', (dialog) => void dialog.accept());
  await signIn(admin, app.url);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
  if (scratch) await removeDir(scratch);
});

/** The first working day at least a week after `date`: a due date the server accepts. */
function workingDayAfterAWeek(date: string): string {
  const calendar = chinaCalendar();
  let day = parseIsoDate(date)! + 7;
  while (!calendar.isWorkingDay(formatIsoDate(day))) day += 1;
  return formatIsoDate(day);
}

const agendaTitles = (page: Page) => page.locator('ol.agenda > li .agenda__title').allTextContents();
const counter = (page: Page) => page.locator('.meeting-mode__counter');
/** Meeting mode on screen with its stepping keys listened for. */
const keysReady = (page: Page) => page.locator('.meeting-mode[data-keys="ready"]').waitFor();
const wallHeading = (page: Page) => page.locator('.meeting-mode__item h2');
const decisionsOnWall = (page: Page) =>
  page.locator('.meeting-mode__decisions').getByRole('list', { name: '议定事项' });

test('an admin creates a meeting and prepares the agenda Backplan proposed', async () => {
  await admin.getByRole('navigation').getByRole('link', { name: '调度会' }).click();
  await admin.getByRole('button', { name: '新建调度会' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('会议名称').fill('端到端测试 周调度会');
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByRole('button', { name: '创建并生成议程' }).click();

  await expect.poll(() => admin.getByRole('heading', { name: '端到端测试 周调度会' }).count()).toBe(1);
  meetingId = Number(/\/meetings\/(\d+)$/.exec(admin.url())?.[1]);
  expect(meetingId).toBeGreaterThan(0);
  // Each proposed item says why it is on the agenda.
  const proposed = await agendaTitles(admin);
  expect(proposed.length).toBeGreaterThan(3);
  expect(await admin.locator('ol.agenda > li').first().locator('.agenda__reasons li').count()).toBeGreaterThan(0);

  // The second item moves up, the last is dropped, a free-text item is added at the end.
  await admin.getByRole('button', { name: `下移: ${proposed[0]}`, exact: true }).click();
  await expect.poll(() => agendaTitles(admin)).toEqual([proposed[1], proposed[0], ...proposed.slice(2)]);
  await admin.getByRole('button', { name: `移出议程: ${proposed.at(-1)}`, exact: true }).click();
  await expect.poll(async () => (await agendaTitles(admin)).includes(proposed.at(-1)!)).toBe(false);
  await admin.getByLabel('事项说明').fill('会议测试：其他事项');
  await admin.getByRole('button', { name: '加入议程', exact: true }).click();
  await expect.poll(async () => (await agendaTitles(admin)).at(-1)).toBe('会议测试：其他事项');

  // A reload shows the agenda as it was saved.
  await admin.reload();
  await expect
    .poll(() => agendaTitles(admin))
    .toEqual([proposed[1], proposed[0], ...proposed.slice(2, -1), '会议测试：其他事项']);
});

test('the meeting starts, freezing the agenda, and steps through it by keyboard', async () => {
  const api = await apiAs(app.url);
  await admin.getByRole('button', { name: '开始会议' }).click();
  await admin.waitForURL(`**/meetings/${meetingId}/run`);
  const { agenda, status } = await api.query<Meeting>('meeting.get', { id: meetingId });
  expect(status).toBe('running');
  const total = agenda.length;

  await keysReady(admin);
  await expect.poll(() => counter(admin).textContent()).toBe(`1 / ${total}`);
  await expect.poll(() => wallHeading(admin).textContent()).toBe(agenda[0]!.title);
  for (const [key, n] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
  ] as const) {
    await admin.keyboard.press(key);
    await expect.poll(() => counter(admin).textContent()).toBe(`${n} / ${total}`);
    await expect.poll(() => wallHeading(admin).textContent()).toBe(agenda[n - 1]!.title);
  }
  // The board's own meeting mode is one step away.
  expect(await admin.getByRole('link', { name: '看板会议模式' }).getAttribute('href')).toBe('/?meeting=1');
});

test('a change made elsewhere during the meeting appears on the wall without a reload', async () => {
  const api = await apiAs(app.url);
  const { agenda } = await api.query<Meeting>('meeting.get', { id: meetingId });
  const at = agenda.findIndex((item) => item.projectId !== null);
  for (let i = 0; i < at; i++) await admin.keyboard.press('ArrowRight');
  await expect.poll(() => wallHeading(admin).textContent()).toBe(agenda[at]!.title);
  const me = await api.query<{ today: string }>('auth.me');
  const units = await api.query<Unit[]>('unit.list');

  // Someone else raises a blocker on the project on the wall …
  await api.mutate('blocker.raise', {
    projectId: agenda[at]!.projectId,
    category: 'funding',
    description: '会中新报难题',
    responsibleUnitId: units[0]!.id,
    targetDate: workingDayAfterAWeek(me.today),
  });
  const blockers = admin.locator('.brief__list').filter({ hasText: '难题堵点' });
  await expect.poll(() => blockers.textContent(), { timeout: LIVE_MS }).toContain('会中新报难题');
  await expect
    .poll(() => admin.locator('.brief__changes').textContent(), { timeout: LIVE_MS })
    .toContain('会中新报难题');

  // … and another admin's session records a decision on it: it shows under the item.
  await api.mutate('meeting.decide', {
    meetingId,
    agendaItemId: agenda[at]!.id,
    text: '另一会话记录的议定事项',
    ownerUnitId: units[0]!.id,
    dueDate: workingDayAfterAWeek(me.today),
  });
  await expect
    .poll(() => decisionsOnWall(admin).textContent(), { timeout: LIVE_MS })
    .toContain('另一会话记录的议定事项');
});

const DECISION = '限期办结施工许可并报告进展';

test('a decision recorded on the item appears under it at once', async () => {
  const api = await apiAs(app.url);
  const me = await api.query<{ today: string }>('auth.me');
  const owner = (await api.query<Unit[]>('unit.list'))[1]!.name;
  const due = workingDayAfterAWeek(me.today);
  await admin.getByRole('button', { name: '记录议定事项' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('议定内容').fill(DECISION);
  await dialog.getByLabel('责任单位').selectOption({ label: owner });
  await dialog.getByLabel('完成时限', { exact: true }).fill(due);
  await dialog.getByRole('button', { name: '记录', exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);

  const decision = decisionsOnWall(admin).locator('li', { hasText: DECISION });
  await expect.poll(() => decision.textContent()).toContain(`责任单位：${owner}；完成时限：${due}`);
});

test('the minutes print as one A4 page and download as Word, both with the decision', async () => {
  await admin.goto(`${app.url}/meetings/${meetingId}/minutes`);
  await expect.poll(() => admin.locator('.minutes__decisions').textContent()).toContain(DECISION);

  const pdfPath = path.join(scratch, 'minutes.pdf');
  await writeFile(pdfPath, await admin.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const squeezed = text.replace(/\s+/g, '');
  expect(squeezed).toContain(DECISION);
  expect(squeezed).toContain('端到端测试周调度会会议纪要');
  // The app's header and the page's buttons stay off the paper.
  expect(squeezed).not.toContain('重大项目推进看板');
  expect(squeezed).not.toContain('打印');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: '下载 Word 文档' }).click(),
  ]);
  const docx = await readFile((await download.path())!);
  expect(unzipEntry(docx, 'word/document.xml')).toContain(DECISION);
});

test('a viewer reads the meeting, meeting mode and minutes, with no control to change them', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const viewer = await context.newPage();
  await signIn(viewer, app.url, 'demo-viewer');
  await viewer.goto(`${app.url}/meetings/${meetingId}`);
  await expect.poll(() => viewer.getByText('只读：仅管理员可筹备和主持会议。').count()).toBe(1);
  expect(await viewer.getByRole('button', { name: /开始会议|结束会议|上移|下移|移出议程/ }).count()).toBe(0);

  await viewer.getByRole('link', { name: '进入会议模式' }).click();
  await keysReady(viewer);
  await expect.poll(() => counter(viewer).textContent()).toMatch(/^1 \/ \d+$/);
  await viewer.keyboard.press('PageDown');
  await expect.poll(() => counter(viewer).textContent()).toMatch(/^2 \/ \d+$/);
  expect(await viewer.getByRole('button', { name: '记录议定事项' }).count()).toBe(0);

  await viewer.goto(`${app.url}/meetings/${meetingId}/minutes`);
  await expect.poll(() => viewer.locator('.minutes__decisions').textContent()).toContain(DECISION);
  await context.close();
});
