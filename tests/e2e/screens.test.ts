import { expect, test } from 'vitest';
import { apiAs } from './harness.js';
import { useApp } from './app.js';

// A fixed today, so the calendar opens on 2026 and the timeline's dates do not drift.
// The calendar and the templates are the bureau's to change: an admin works these screens.
const suite = useApp({ env: { BACKPLAN_TODAY: '2026-06-01' } });

// The first requests to a fresh server build its working-day indexes: give screens time to appear.
const SLOW = { timeout: 10_000 };

interface BoardCard {
  id: number;
  code: string;
  name: string;
  schedule: { next: { latestFinish: string; workingDaysLeft: number } | null };
}
async function boardCards(): Promise<BoardCard[]> {
  const board = await (await apiAs(suite.app.url)).query<{ columns: { cards: BoardCard[] }[] }>('board.get');
  return board.columns.flatMap((column) => column.cards);
}

/** A day on the calendar grid, by its accessible name ('2026-10-01 星期四，法定节假日（国庆节）'). */
const day = (date: string) => suite.page.getByRole('cell', { name: new RegExp(`^${date} `) });
const dayLabel = (date: string) => day(date).getAttribute('aria-label');

test('the calendar shows the official 2026 holidays and make-up working days', async () => {
  await suite.page.goto(`${suite.app.url}/calendar`);
  await expect.poll(() => suite.page.getByRole('heading', { name: '2026 年' }).isVisible(), SLOW).toBe(true);

  expect(await dayLabel('2026-10-01')).toBe('2026-10-01 星期四，法定节假日（国庆节）');
  expect(await day('2026-10-01').textContent()).toBe('1休');
  // 2026-09-27 (a Sunday) ends the Mid-Autumn break; the Sunday worked for National Day is 09-20.
  expect(await dayLabel('2026-09-27')).toBe('2026-09-27 星期日，法定节假日（中秋节）');
  expect(await dayLabel('2026-09-20')).toBe('2026-09-20 星期日，调休上班（国庆节）');
  expect(await day('2026-09-20').textContent()).toBe('20班');
  expect(await dayLabel('2026-10-10')).toBe('2026-10-10 星期六，调休上班（国庆节）');
  expect(await dayLabel('2026-09-19')).toBe('2026-09-19 星期六，周末');
  expect(await dayLabel('2026-06-01')).toBe('2026-06-01 星期一，工作日（今天）');
  expect(await suite.page.getByRole('status').filter({ hasText: '尚无' }).count()).toBe(0);

  await suite.page.getByRole('button', { name: '下一年' }).click();
  await expect.poll(() => suite.page.getByRole('heading', { name: '2027 年' }).isVisible(), SLOW).toBe(true);
  expect(await suite.page.getByRole('status').filter({ hasText: '系统尚无 2027 年的国务院节假日安排' }).count()).toBe(
    1,
  );
  expect(await dayLabel('2027-10-01')).toBe('2027-10-01 星期五，工作日');
  await suite.page.getByRole('button', { name: '回到今年' }).click();
  await expect.poll(() => suite.page.getByRole('heading', { name: '2026 年' }).isVisible(), SLOW).toBe(true);
});

test('a local holiday added through the form shows on the grid and in the list, survives a reload, and can be removed', async () => {
  const list = suite.page.getByRole('region', { name: '本地调整' });
  expect(await list.textContent()).toContain('尚无本地调整');
  const card = (await boardCards()).find((c) => c.schedule.next && c.schedule.next.latestFinish > '2026-06-10')!;

  await suite.page.getByLabel('日期', { exact: true }).fill('2026-06-10');
  await suite.page.getByLabel('类型', { exact: true }).selectOption({ label: '休息（本地休息日）' });
  await suite.page.getByLabel('说明（选填）').fill('区运动会');
  await suite.page.getByRole('button', { name: '添加', exact: true }).click();

  const local = '2026-06-10 星期三，本地休息日：区运动会';
  await expect.poll(() => dayLabel('2026-06-10'), SLOW).toBe(local);
  expect(await list.getByRole('row', { name: /2026-06-10/ }).textContent()).toContain('区运动会');

  await suite.page.reload();
  await expect.poll(() => dayLabel('2026-06-10'), SLOW).toBe(local);
  expect(await list.getByRole('row', { name: /2026-06-10/ }).textContent()).toContain('本地休息日');

  // The board the app already holds is refetched: a deadline after the new day off is one working day nearer.
  const nav = suite.page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '看板' }).click();
  await expect
    .poll(() => suite.page.getByRole('article', { name: `${card.code} ${card.name}` }).textContent(), SLOW)
    .toContain(`剩 ${card.schedule.next!.workingDaysLeft - 1} 个工作日`);
  await nav.getByRole('button', { name: '更多' }).click();
  await nav.getByRole('link', { name: '工作日历' }).click();

  await list.getByRole('button', { name: '删除 2026-06-10 的本地调整' }).click();
  await expect.poll(() => dayLabel('2026-06-10'), SLOW).toBe('2026-06-10 星期三，工作日');
  await expect.poll(() => list.textContent(), SLOW).toContain('尚无本地调整');
});

test('the templates screen saves a renamed milestone, shows it after a reload, and explains a refused cycle', async () => {
  await suite.page.goto(`${suite.app.url}/templates`);
  const industrial = suite.page.getByRole('region', { name: '产业项目模板' });
  const firstName = industrial.getByRole('textbox', { name: '第 1 个节点的名称' });
  await expect.poll(() => firstName.inputValue(), SLOW).toBe('立项备案');

  await firstName.fill('立项备案（核准）');
  await industrial.getByRole('button', { name: '保存模板' }).click();
  await expect
    .poll(() => industrial.getByRole('status').textContent())
    .toBe('已保存。今后新建的产业项目将使用此模板。');
  await suite.page.reload();
  await expect.poll(() => firstName.inputValue(), SLOW).toBe('立项备案（核准）');

  // The first milestone waiting on the last one closes a circle: the server refuses, in Chinese.
  await industrial.locator('summary').first().click();
  await industrial.getByRole('checkbox', { name: '“立项备案（核准）”在“达产达效并纳统”之后' }).check();
  await industrial.getByRole('button', { name: '保存模板' }).click();
  await expect
    .poll(() => industrial.getByRole('alert').textContent(), SLOW)
    .toContain('节点之间的前后置关系形成了循环');
  await industrial.getByRole('button', { name: '撤销修改' }).click();
  expect(await industrial.getByRole('alert').count()).toBe(0);
  expect(await industrial.locator('summary').first().textContent()).toBe('无');
});

test('the portfolio timeline lists the demo projects with links that open the project page', async () => {
  const cards = await boardCards();
  await suite.page.goto(`${suite.app.url}/timeline`);
  const chart = suite.page.getByRole('figure');
  await expect.poll(() => chart.getByRole('link').count(), SLOW).toBe(cards.length);
  expect(cards.length).toBeGreaterThan(20);
  for (const stage of ['成熟度', '加速度', '贡献度'])
    expect(await chart.getByRole('region', { name: stage }).count()).toBe(1);
  expect(
    await suite.page.getByRole('status').filter({ hasText: '个项目的排期延伸到尚无官方节假日安排的年份' }).count(),
  ).toBe(1);

  await suite.page.getByLabel('按目标日期排序').check();
  expect(await chart.getByRole('link').count()).toBe(cards.length);

  const card = cards[0]!;
  await chart.getByRole('link', { name: `${card.code} ${card.name}` }).click();
  await expect.poll(() => new URL(suite.page.url()).pathname, SLOW).toBe(`/projects/${card.id}`);
  await expect.poll(() => suite.page.getByRole('heading', { level: 2 }).textContent(), SLOW).toContain(card.code);
});
