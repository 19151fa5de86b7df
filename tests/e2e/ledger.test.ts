// The ledger in the browser: the board's export link carries the view shown, and an admin uploads a
// ledger, reads the dry run (refused rows first, Apply held back), corrects the file, applies it and
// finds the new projects on the board.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { simpleLedger, excelDate } from '../integration/fixtures/ledger/workbooks.js';
import { apiAs } from './harness.js';
import { useApp } from './app.js';

const SLOW = { timeout: 15_000 };
const suite = useApp({ env: { BACKPLAN_TODAY: '2026-06-01' }, viewport: { width: 1366, height: 768 } });
let unitName = '';
let dir = '';

beforeAll(async () => {
  const admin = await apiAs(suite.app.url, 'demo-admin');
  unitName = (await admin.query<{ name: string }[]>('unit.list'))[0]!.name;
  dir = await mkdtemp(path.join(tmpdir(), 'ledger-e2e-'));
});

async function ledgerFile(name: string, rows: Parameters<typeof simpleLedger>[0]) {
  const file = path.join(dir, name);
  await writeFile(file, await simpleLedger(rows));
  return file;
}

test("the board's export link carries the filters shown", async () => {
  const { page } = suite;
  await page.goto(`${suite.app.url}/?light=red&q=jsdl&group=unit`);
  const link = page.getByRole('link', { name: '导出台账' });
  await link.waitFor(SLOW);
  const href = new URL((await link.getAttribute('href'))!, suite.app.url);
  expect(href.pathname).toBe('/exports/ledger.xlsx');
  expect(Object.fromEntries(href.searchParams)).toEqual({ q: 'jsdl', light: 'red', lang: 'zh' });
});

test('an admin uploads a ledger, reads the dry run, applies it and finds the new projects on the board', async () => {
  const { page } = suite;
  const newRows = [
    ['ZQ-2026-901', '台账导入测试产业园', unitName, '', '', 50000, 12000, excelDate('2028-06-30')],
    ['ZQ-2026-902', '台账导入测试学校', unitName, '加速度', '社会民生', 8000, 3000, '2027-09-30'],
  ];
  await page.goto(suite.app.url);
  await page.getByRole('button', { name: '更多' }).click();
  await page.getByRole('link', { name: '导入台账' }).click();
  await page.getByRole('heading', { name: '导入台账' }).waitFor(SLOW);

  // A bad unit: the dry run names the cell, lists the refused row first and holds Apply back.
  await page
    .getByLabel('台账文件（.xlsx）')
    .setInputFiles(
      await ledgerFile('bad.xlsx', [
        ...newRows,
        ['ZQ-2026-903', '错单位项目', '没有这个单位', '', '', 10, 1, '2027-01-01'],
      ]),
    );
  const table = page.getByRole('table', { name: '试导入结果，逐行列出' });
  await table.waitFor(SLOW);
  await expect.poll(() => page.getByText('新建 2 · 修改 0 · 无变化 0 · 拒绝 1').count(), SLOW).toBe(1);
  const firstRow = table.getByRole('row').nth(1);
  expect(await firstRow.textContent()).toContain(
    '“责任单位”列：没有名为“没有这个单位”的责任单位（可填单位名称或单位代码）。',
  );
  expect(await page.getByRole('button', { name: '正式导入' }).isDisabled()).toBe(true);

  // The corrected file: two new projects, Apply, the success line, and the board shows them.
  await page.getByLabel('台账文件（.xlsx）').setInputFiles(await ledgerFile('good.xlsx', newRows));
  await expect.poll(() => page.getByText('新建 2 · 修改 0 · 无变化 0 · 拒绝 0').count(), SLOW).toBe(1);
  await page.getByRole('button', { name: '正式导入' }).click();
  await page.getByText('已导入“good.xlsx”：新建 2 个项目，修改 0 个。').waitFor(SLOW);
  await page.getByRole('link', { name: '在看板上查看' }).click();
  await page.getByRole('searchbox').fill('台账导入测试');
  await page.getByText('台账导入测试产业园').waitFor(SLOW);
  await page.getByText('台账导入测试学校').waitFor(SLOW);
  await page.reload();
  await page.getByText('台账导入测试学校').waitFor(SLOW);
});
