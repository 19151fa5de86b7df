import { expect, test } from 'vitest';
import { NOTICE_2027_TEXT } from '../factories/holiday-2027.js';
import { useApp } from './app.js';

// A fixed today late in 2026: the demo projects' schedules reach 2027, which has no built-in notice.
const suite = useApp({ env: { BACKPLAN_TODAY: '2026-11-20' } });
const SLOW = { timeout: 15_000 };

/** A day on the calendar grid, by its accessible name ('2027-02-08 星期一，法定节假日（春节）'). */
const dayLabel = (date: string) =>
  suite.page.getByRole('cell', { name: new RegExp(`^${date} `) }).getAttribute('aria-label');
const toolbarWarning = () =>
  suite.page
    .getByRole('search')
    .getByRole('status')
    .filter({ hasText: /节假日安排|holiday arrangement/ });

test('the board warns once, in its toolbar, that schedules reach 2027, and links to that year’s calendar', async () => {
  const page = suite.page;
  await page.goto(suite.app.url);
  await expect.poll(() => toolbarWarning().textContent(), SLOW).toMatch(/日程延伸到 2027/);
  // One line for the board, not a mark on each card.
  expect(
    await page
      .getByRole('article')
      .getByRole('img', { name: /尚无官方节假日安排/ })
      .count(),
  ).toBe(0);

  await toolbarWarning().getByRole('link', { name: '查看工作日历' }).click();
  await expect.poll(() => page.getByRole('heading', { name: '2027 年' }).isVisible(), SLOW).toBe(true);
  expect(await dayLabel('2027-02-08')).toBe('2027-02-08 星期一，工作日');
});

test('an admin pastes the notice’s text and sees it previewed on the grid, with a bad row named', async () => {
  const page = suite.page;
  await page.getByRole('button', { name: '录入 2027 年官方安排' }).click();

  await page.getByText('从通知文本或 JSON 文件导入').click();
  await page.getByLabel('粘贴通知内容').fill(NOTICE_2027_TEXT);
  await page.getByRole('button', { name: '读取文本' }).click();
  await expect.poll(() => page.getByText('已读取 7 个节日，请在下方核对。').isVisible(), SLOW).toBe(true);
  expect(await page.getByLabel('文号').inputValue()).toBe('国办发明电〔2026〕9号');

  // The grid previews the arrangement before anything is saved.
  const preview = page.getByRole('group', { name: '2027 年日历（预览，未保存）' });
  await expect.poll(() => preview.isVisible(), SLOW).toBe(true);
  expect(await dayLabel('2027-02-08')).toBe('2027-02-08 星期一，法定节假日（春节）');
  expect(await dayLabel('2027-02-14')).toBe('2027-02-14 星期日，调休上班（春节）');

  // A make-up day inside the holiday is named on its row, in the reader's language, and not saved.
  await page.getByLabel('第 2 行 调休上班日').fill('2027-02-14, 2027-02-10');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const rowErrors = page.getByRole('list', { name: '第 2 行的问题' });
  await expect
    .poll(() => rowErrors.textContent(), SLOW)
    .toBe('调休上班日 2027-02-10 落在第 2 行（春节）的放假日期内。');
  await page.getByLabel('第 2 行 调休上班日').fill('2027-02-14, 2027-02-20');
  expect(await rowErrors.count()).toBe(0);
});

test('saved, the arrangement stays after a reload, and the board’s warning no longer names 2027', async () => {
  const page = suite.page;

  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect
    .poll(
      () =>
        page
          .getByText(/官方依据：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕9号），由 .+ 录入/)
          .isVisible(),
      SLOW,
    )
    .toBe(true);
  expect(await page.getByRole('group', { name: /预览/ }).count()).toBe(0);
  await page.reload();
  await expect.poll(() => dayLabel('2027-02-08'), SLOW).toBe('2027-02-08 星期一，法定节假日（春节）');

  await page.goto(suite.app.url);
  await expect.poll(() => page.getByRole('article').count(), SLOW).toBeGreaterThan(0);
  // The board now counts 2027's holidays: its warning is gone, or names only later years.
  await expect
    .poll(async () => ((await toolbarWarning().count()) === 0 ? '' : await toolbarWarning().textContent()), SLOW)
    .not.toMatch(/2027/);
});
