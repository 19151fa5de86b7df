// The bulletin (通报) in the browser: units ranked by on-time rate as the server ranks them, a figure
// opens the very items it counts, the trend chart comes with the page (loaded only with it), and the
// Excel file downloads for the period shown.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import { apiAs, signIn } from './harness.js';
import { useApp } from './app.js';

const TODAY = '2026-06-01'; // a Monday
const WEEK = { from: '2026-05-25', to: '2026-05-31' };
const SLOW = { timeout: 10_000 };

const late = { text: '5月27日前落实配套资金（通报测试）', unitId: 0, unitName: '' };

interface BulletinUnit {
  unit: { id: number; name: string };
  rank: number | null;
  actionItemsOverdue: number;
}

const suite = useApp({ env: { BACKPLAN_TODAY: TODAY }, viewport: { width: 1366, height: 768 }, username: null });
beforeAll(async () => {
  // An action item due in last week and not closed: it counts as overdue for its unit.
  const admin = await apiAs(suite.app.url, 'demo-admin');
  const board = await admin.query<{ columns: { cards: { id: number; ownerUnit: { id: number; name: string } }[] }[] }>(
    'board.get',
  );
  const project = board.columns.flatMap((c) => c.cards)[0]!;
  late.unitId = project.ownerUnit.id;
  late.unitName = project.ownerUnit.name;
  const { id: meetingId } = await admin.mutate<{ id: number }>('meeting.create', {
    heldOn: '2026-05-18',
    title: '第21周调度会（通报测试）',
    unitIds: [late.unitId],
  });
  await admin.mutate('meeting.start', { id: meetingId });
  await admin.mutate('meeting.decide', {
    meetingId,
    projectId: project.id,
    text: late.text,
    ownerUnitId: late.unitId,
    dueDate: '2026-05-27',
  });
});

test('the bulletin ranks the units, a figure opens what it counts, and the chart loads only with the page', async () => {
  const scripts: string[] = [];
  suite.page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(suite.page, suite.app.url, 'demo-admin');
  expect(scripts.some((path) => path.includes('BulletinPage'))).toBe(false);

  await suite.page.getByRole('navigation').getByRole('link', { name: '通报' }).click();
  await suite.page.getByRole('heading', { name: /^通报/ }).waitFor(SLOW);
  expect(scripts.some((path) => path.includes('BulletinPage'))).toBe(true);
  await suite.page.getByLabel('日期').fill(WEEK.from);
  await expect.poll(() => new URL(suite.page.url()).searchParams.get('from'), SLOW).toBe(WEEK.from);
  await expect
    .poll(() => suite.page.getByRole('heading', { name: /^通报/ }).textContent(), SLOW)
    .toContain(`${WEEK.from} 至 ${WEEK.to}`);

  // The rows in the server's order, ranks shown as it ranks them.
  const api = await apiAs(suite.app.url, 'demo-viewer');
  const bulletin = await api.query<{ units: BulletinUnit[] }>('bulletin.get', { period: 'week', from: WEEK.from });
  const table = suite.page.getByRole('table', { name: '各单位通报数据，按按期完成率排名' });
  const rows = table.locator('tbody tr');
  await expect.poll(() => rows.count(), SLOW).toBe(bulletin.units.length);
  expect(await rows.locator('th').allTextContents()).toEqual(bulletin.units.map((u) => u.unit.name));
  expect(await rows.locator('td.bulletin-table__rank').allTextContents()).toEqual(
    bulletin.units.map((u) => (u.rank === null ? '—' : String(u.rank))),
  );
  const row = bulletin.units.find((u) => u.unit.id === late.unitId)!;
  expect(row.actionItemsOverdue).toBeGreaterThan(0);

  // The figure opens its list: as many items as it says, our late action item among them.
  await table
    .getByRole('button', { name: `${late.unitName} · 逾期议定事项：${row.actionItemsOverdue}，查看明细` })
    .click();
  const dialog = suite.page.getByRole('dialog', { name: `${late.unitName} · 逾期议定事项` });
  await expect.poll(() => dialog.getByRole('listitem').count(), SLOW).toBe(row.actionItemsOverdue);
  expect(await dialog.getByRole('listitem').filter({ hasText: late.text }).textContent()).toContain(
    '时限 2026-05-27 · 未完成',
  );
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => dialog.count(), SLOW).toBe(0);

  // The trend over the last six weeks.
  const chart = suite.page.getByRole('img', { name: '各单位近几期按期完成率折线图' });
  await chart.waitFor(SLOW);
  expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['04-20', '05-25']));
}, 90_000);

test('the Excel download holds the ranked rows of the period shown', async () => {
  const [download] = await Promise.all([
    suite.page.waitForEvent('download'),
    suite.page.getByRole('link', { name: '下载 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`backplan-bulletin-${WEEK.from}-${WEEK.to}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const cells: string[] = [];
  sheet.eachRow((r) => r.eachCell((cell) => cells.push(String(cell.value))));
  expect(cells).toContain(late.unitName);
  expect(cells).toContain('逾期议定事项');
}, 60_000);
