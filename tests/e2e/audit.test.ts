// The audit log as the bureau's officer reads it in Chinese: after a week's work (a blocker raised and
// escalated, a project changed, moved and archived, a meeting with a decision), no stored key or enum
// value shows, each blocker step shows once, an archived project keeps its name, times are Beijing
// time, and the Excel download holds the same rows as the CSV.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bureauDateTime } from '../../server/domain/bureau-time.js';
import { apiAs, launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';
import { RAW_AUDIT_WORDS } from '../factories/raw-audit-words.js';

const SLOW = { timeout: 15_000 };

// Stored words that must never reach the reader of the Chinese log.
const RAW = [...RAW_AUDIT_WORDS, 'heldOn', 'dueDate', 'ownerUnit', 'demo-admin'];

let app: AppServer;
let browser: Browser;
let page: Page;
let archived: { id: number; code: string; name: string };
let blocked: { code: string; name: string };

interface CardRow {
  id: number;
  code: string;
  name: string;
  version: number;
  ownerUnit: { id: number; name: string };
}

/** The next Monday to Friday at least a week after `iso` (decisions fall due on working days). */
function workingDayAfter(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const api = await apiAs(app.url);
  const board = await api.query<{ columns: { cards: CardRow[] }[] }>('board.get');
  const units = await api.query<{ id: number; name: string }[]>('unit.list');
  const [first, second] = board.columns[0]!.cards;
  const other = units.find((u) => u.id !== first!.ownerUnit.id)!;

  const today = bureauDateTime(new Date()).slice(0, 10);
  const blocker = await api.mutate<{ id: number; version: number }>('blocker.raise', {
    projectId: first!.id,
    category: 'demolition',
    description: '三户未签约，征收补偿待区里协调',
    responsibleUnitId: other.id,
    targetDate: workingDayAfter(today),
  });
  await api.mutate('blocker.escalate', { id: blocker.id, expectedVersion: blocker.version, note: '需区领导协调' });
  blocked = first!;

  const changed = await api.mutate<CardRow>('project.update', {
    id: second!.id,
    expectedVersion: second!.version,
    patch: { ownerUnitId: other.id, totalInvestment: '23456.00' },
  });
  const moved = await api.mutate<CardRow>('project.move', {
    id: second!.id,
    toStage: 'acceleration',
    expectedVersion: changed.version,
    reason: '施工许可已办妥',
  });
  await api.mutate('project.archive', { id: second!.id, expectedVersion: moved.version, reason: '项目终止' });
  archived = second!;

  const meeting = await api.mutate<{ id: number }>('meeting.create', {
    heldOn: today,
    title: '第48次周调度会',
    unitIds: [other.id],
  });
  await api.mutate('meeting.start', { id: meeting.id });
  await api.mutate('meeting.decide', {
    meetingId: meeting.id,
    projectId: first!.id,
    text: '协调征收补偿方案',
    ownerUnitId: other.id,
    dueDate: workingDayAfter(today),
  });

  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await signIn(page, app.url);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

test('the audit log in Chinese shows no stored key or value, each blocker step once, names rather than ids', async () => {
  await page.goto(`${app.url}/admin/audit`);
  const rows = page.locator('.audit-table tbody tr');
  await rows.first().waitFor(SLOW);
  // The meeting's decision is the newest entry: once it shows, the whole week is on screen.
  await page.locator('.audit-table', { hasText: '形成议定事项' }).waitFor(SLOW);

  const text = (await page.locator('article.admin-page').innerText()).replace(/\s+/g, ' ');
  const filterOptions = await page.getByLabel('操作', { exact: true }).locator('option').allTextContents();
  for (const raw of RAW) {
    expect(text, `the page shows "${raw}"`).not.toContain(raw);
    expect(filterOptions.join(' ')).not.toContain(raw);
  }
  // Each action is offered once in the filter.
  expect(filterOptions.length).toBe(new Set(filterOptions).size);

  // The demo data has escalations of its own: this one is named by its blocker.
  const escalations = rows
    .filter({ has: page.locator('td:nth-child(3)', { hasText: /^升级难题$/ }) })
    .filter({ hasText: '三户未签约' });
  expect(await escalations.count()).toBe(1);
  const escalation = await escalations.first().innerText();
  expect(escalation).toContain('协调层级：');
  expect(escalation).toContain('区领导');
  expect(escalation).toContain(`${blocked.code} ${blocked.name}`);
  expect(escalation).not.toContain('限期解决日期'); // unchanged, so not a change
  expect(escalation).toContain('演示管理员');

  const raise = await rows.filter({ hasText: '提出难题' }).filter({ hasText: '三户未签约' }).first().innerText();
  expect(raise).toContain('难题类别：征拆');
  expect(raise).toContain('难题描述：');
  expect(raise).not.toContain('项目简介');

  // The archived project, no longer on the board, is still named.
  const archive = await rows.filter({ hasText: '归档了项目' }).first().innerText();
  expect(archive).toContain(`${archived.code} ${archived.name}`);
  expect(text).not.toMatch(/项目 #\d/);

  // Times are the bureau's, and the page says so.
  expect(text).toContain('北京时间');
  const times = await rows.locator('td:nth-child(1)').allTextContents();
  for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
}, 60_000);

test('the CSV and the Excel downloads hold the same rows, headed in Chinese, at Beijing times', async () => {
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };
  const csv = await download('导出 CSV');
  const xlsx = await download('导出 Excel');
  expect(csv.name).toMatch(/^backplan-audit-.*\.csv$/);
  expect(xlsx.name).toMatch(/^backplan-audit-.*\.xlsx$/);

  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const [header] = csvText.replace(/^\uFEFF/, '').split('\n');
  expect(header).toBe('时间（北京时间 UTC+08:00）,操作人,操作,对象,变更内容,原因');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const sheetRows: string[] = [];
  sheet.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1);
    sheetRows.push(
      cells
        .map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 19).replace('T', ' ') : String(cell ?? '')))
        .join('|'),
    );
  });
  expect(sheetRows[0]).toBe('时间（北京时间 UTC+08:00）|操作人|操作|对象|变更内容|原因');
  const csvLines = csvText
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  expect(sheetRows).toHaveLength(csvLines.length); // no cell in this week's log holds a line break
  // Row by row, the first cell (the time) agrees.
  expect(sheetRows.map((row) => row.split('|')[0])).toEqual(csvLines.map((line) => line.split(',')[0]));
  for (const raw of RAW) expect(sheetRows.join('\n')).not.toContain(raw);
}, 60_000);
