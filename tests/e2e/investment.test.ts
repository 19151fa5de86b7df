// Monthly investment in the browser: a liaison reports the month being reported on the project page and
// finds the card's investment light (the square 投, beside the schedule light) turned from red to green,
// and still green after a reload; the unit's page lists what is still unreported. The demo has reports for
// most projects; the card taken is one of its unit's that has reported nothing this year.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiAs } from './harness.js';
import { useApp } from './app.js';

// 3 December: eleven months have ended (序时进度 91.7 %), and November is being reported.
const TODAY = '2026-12-03';
const suite = useApp({ env: { BACKPLAN_TODAY: TODAY }, username: 'demo-editor' });

interface BoardCard {
  id: number;
  code: string;
  name: string;
  plannedInvestment: string;
  ownerUnit: { id: number };
  investment: { light: string | null; completedPercent: number } | null;
}

const investmentLight = (page: Page, code: string) =>
  page
    .locator('article.card', { has: page.locator('.card__code', { hasText: code }) })
    .locator('[data-investment-light]');

test('an editor reports the month and sees the card’s investment light turn from red to green', async () => {
  const { page, app } = suite;
  const editor = await apiAs(app.url, 'demo-editor');
  const me = await editor.query<{ actor: { unitIds: number[] } }>('auth.me');
  const board = await editor.query<{ columns: { cards: BoardCard[] }[] }>('board.get');
  const card = board.columns
    .flatMap((column) => column.cards)
    .find(
      (c) =>
        me.actor.unitIds.includes(c.ownerUnit.id) &&
        Number(c.plannedInvestment) > 0 &&
        c.investment?.completedPercent === 0,
    );
  expect(card?.investment?.light).toBe('red');

  await page.goto(app.url);
  const light = investmentLight(page, card!.code);
  await expect.poll(() => light.getAttribute('data-investment-light')).toBe('red');
  expect(await light.getAttribute('aria-label')).toMatch(/^投资进度：红灯（落后序时 91\.7 个百分点）$/);

  await page.goto(`${app.url}/projects/${card!.id}`);
  const section = page.getByRole('region', { name: '投资完成情况' });
  await section.getByRole('button', { name: '填报 11 月' }).click();
  const dialog = page.getByRole('dialog', { name: '填报 2026 年 11 月完成投资' });
  // A bad amount is named beside its field, in the reader's language, before anything is sent.
  await dialog.getByLabel('当月完成投资（万元）').fill('12.345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.getByText('请输入不小于 0 的金额（万元），最多两位小数。').waitFor();
  await dialog.getByLabel('当月完成投资（万元）').fill(card!.plannedInvestment);
  await dialog.getByLabel('说明（形象进度、资金到位等）').fill('主体工程款拨付到位');
  await dialog.getByRole('button', { name: '保存' }).click();
  await section.getByRole('status').getByText('已保存 2026 年 11 月的投资完成额。').waitFor();
  await section.getByRole('cell', { name: '主体工程款拨付到位' }).waitFor();
  await section.getByRole('img', { name: /^投资进度：绿灯/ }).waitFor();

  await page.getByRole('link', { name: /返回看板/ }).click();
  await expect.poll(() => light.getAttribute('data-investment-light')).toBe('green');
  expect(await light.getAttribute('aria-label')).toMatch(/^投资进度：绿灯（领先序时 8\.3 个百分点）$/);
  // The schedule light is still its own badge beside it.
  expect(await light.locator('xpath=following-sibling::*[contains(@class, "light")]').count()).toBe(1);

  await page.reload();
  await expect.poll(() => investmentLight(page, card!.code).getAttribute('data-investment-light')).toBe('green');

  // The unit's page no longer lists the project among those not yet reported.
  await page.goto(`${app.url}/my-unit`);
  const unreported = page.getByRole('region', { name: '2026 年 11 月投资未填报项目' });
  await unreported.getByText('填报截止：2026-12-05').waitFor();
  expect(await unreported.getByRole('link', { name: new RegExp(card!.code) }).count()).toBe(0);
});

test('an editor who opens the admins’ investment page is told whose page it is and where to report, asking nothing', async () => {
  const { page, app } = suite;
  const asked: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (request.url().includes('/trpc/investment.')) asked.push(request.url());
  };
  page.on('request', onRequest);
  try {
    await page.goto(`${app.url}/investment`);
    await page.getByRole('heading', { name: '月度投资填报' }).waitFor();
    await page
      .getByText('只有管理员可以锁定月份、查看各单位填报情况和修改投资设置；本单位的填报请到“本单位待办”页面。')
      .waitFor();
    // No refusal from the server either (the page's alert region stays empty).
    expect((await page.getByRole('alert').allTextContents()).filter((text) => text.trim())).toEqual([]);
    expect(asked).toEqual([]);
  } finally {
    page.off('request', onRequest);
  }
});
