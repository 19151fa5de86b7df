import { expect, test } from 'vitest';
import { apiAs } from './harness.js';
import { useApp } from './app.js';

// A fixed today, so the years a schedule reaches past the holiday data do not drift.
const suite = useApp({ env: { BACKPLAN_TODAY: '2026-06-01' } });

interface Card {
  id: number;
  code: string;
  schedule: { light: string; yearsWithoutCalendar: number[] };
}
interface MilestoneDates {
  latestStart: string;
  latestFinish: string;
  projectedStart: string;
  projectedFinish: string;
  light: string;
}
interface Project {
  today: string;
  targetDate: string;
  milestones: {
    id: number;
    name: string;
    actualStart: string | null;
    actualFinish: string | null;
    schedule: MilestoneDates | null;
  }[];
}

async function boardCards(): Promise<Card[]> {
  const board = await (await apiAs(suite.app.url)).query<{ columns: { cards: Card[] }[] }>('board.get');
  return board.columns.flatMap((column) => column.cards);
}

/** A green project with a milestone done although its deadline is past: undoing it must turn the card red. */
async function findGreenProjectWithPastDoneMilestone() {
  const api = await apiAs(suite.app.url);
  for (const card of (await boardCards()).filter((c) => c.schedule.light === 'green')) {
    const project = await api.query<Project>('project.get', { id: card.id });
    const milestone = project.milestones.findLast(
      (m) => m.actualFinish && m.schedule && m.schedule.latestFinish < project.today,
    );
    if (milestone) return { card, milestone };
  }
  throw new Error('the demo data has no green project with a past, done milestone');
}

test('marking a milestone done or not in the browser changes the card light and days left', async () => {
  const { card, milestone } = await findGreenProjectWithPastDoneMilestone();
  await suite.page.goto(suite.app.url);
  const cardView = suite.page.getByRole('article', { name: new RegExp(`^${card.code} `) });
  await expect.poll(() => cardView.getAttribute('class')).toContain('card--green');
  const daysBefore = await cardView.getByTestId('next-milestone').textContent();

  await cardView.getByRole('link').click();
  const done = suite.page.getByRole('checkbox', { name: `标记“${milestone.name}”已完成` });
  await expect.poll(() => done.isChecked()).toBe(true);
  await done.uncheck();
  const row = suite.page.locator('tr', {
    has: suite.page.getByRole('rowheader', { name: milestone.name, exact: true }),
  });
  await expect.poll(() => row.locator('.light').textContent()).toContain('红灯');

  await suite.page.getByRole('link', { name: '返回看板' }).click();
  await expect.poll(() => cardView.getAttribute('class')).toContain('card--red');
  const next = cardView.getByTestId('next-milestone');
  expect(await next.textContent()).toContain(milestone.name);
  expect(await next.textContent()).toMatch(/逾期 \d+ 个工作日/);
  expect(await cardView.locator('.light').textContent()).toContain('红灯');

  await cardView.getByRole('link').click();
  await suite.page.getByRole('checkbox', { name: `标记“${milestone.name}”已完成` }).check();
  await suite.page.waitForLoadState('networkidle');
  await suite.page.getByRole('link', { name: '返回看板' }).click();
  await expect.poll(() => cardView.getAttribute('class')).toContain('card--green');
  expect(await cardView.getByTestId('next-milestone').textContent()).toBe(daysBefore);
});

test('a new project is refused with a message per bad field, then created with its template plan and a light', async () => {
  await suite.page.goto(suite.app.url);
  await suite.page.getByRole('button', { name: '新建项目' }).click();
  const dialog = suite.page.getByRole('dialog', { name: '新建重大项目' });
  await dialog.getByLabel('项目代码').fill('zq 1');
  await dialog.getByLabel('总投资（万元）').fill('12.345');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => dialog.getByText('项目代码格式应如 ZQ-2024-001').isVisible()).toBe(true);
  expect(await dialog.getByText('此项必填。').count()).toBeGreaterThan(0);
  expect(await dialog.getByText('最多两位小数').count()).toBeGreaterThan(0);

  await dialog.getByLabel('项目代码').fill('ZQ-2026-901');
  await dialog.getByLabel('项目名称').fill('章丘区测试产业园项目');
  await dialog.getByLabel('项目类型').selectOption({ label: '基础设施' });
  await dialog.getByLabel('总投资（万元）').fill('5000');
  await dialog.getByLabel('年度计划投资（万元）').fill('1200.5');
  await dialog.getByLabel('目标日期').fill('2029-06-29');
  await dialog.getByRole('button', { name: '创建' }).click();

  await expect.poll(() => suite.page.getByRole('heading', { name: /ZQ-2026-901/ }).isVisible()).toBe(true);
  expect(await suite.page.getByRole('rowheader', { name: '可研批复' }).count()).toBe(1);
  await suite.page.getByRole('link', { name: '返回看板' }).click();
  const card = suite.page.getByRole('article', { name: /^ZQ-2026-901 / });
  await expect.poll(() => card.locator('.light').textContent()).toContain('绿灯');
  expect(await card.getByTestId('next-milestone').textContent()).toContain('可研批复');
});

test('a project scheduled into years without official holiday data is flagged once in the board toolbar and on its page', async () => {
  const api = await apiAs(suite.app.url);
  const [unit] = await api.query<{ id: number }[]>('unit.list');
  await api.mutate('project.create', {
    code: 'ZQ-2026-902',
    name: '章丘区远期储备产业园项目',
    ownerUnitId: unit!.id,
    projectType: 'industrial',
    totalInvestment: '8000',
    plannedInvestment: '1000',
    targetDate: '2028-06-30',
  });

  await suite.page.goto(suite.app.url);
  const card = suite.page.getByRole('article', { name: /^ZQ-2026-902 / });
  await expect.poll(() => card.isVisible()).toBe(true);
  // Not a mark on every card: one line above the board.
  expect(await card.getByRole('img', { name: /尚无官方节假日安排/ }).count()).toBe(0);
  const warning = suite.page
    .getByRole('search')
    .getByRole('status')
    .filter({ hasText: /节假日安排|holiday arrangement/ });
  await expect.poll(() => warning.textContent()).toMatch(/日程延伸到 2027(、|和)2028.* 年，系统尚无国务院节假日安排/);

  await suite.page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect
    .poll(() => warning.textContent())
    .toMatch(/reach 2027(,| and) 2028.*, for which there is no official holiday arrangement/);
  await suite.page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();

  await card.getByRole('link').click();
  const pageWarning = suite.page.getByText(
    '排期涉及 2027、2028 年，系统尚无该年度官方节假日安排，请在工作日历中补充。',
  );
  await expect.poll(() => pageWarning.isVisible()).toBe(true);
});

/** A project with done and open milestones, whose timeline runs from before today to after it. */
async function findProjectAcrossToday() {
  const api = await apiAs(suite.app.url);
  for (const card of await boardCards()) {
    const project = await api.query<Project>('project.get', { id: card.id });
    const rows = project.milestones.filter((m) => m.schedule);
    const dates = rows.flatMap((m) => Object.values(m.schedule!).filter((v) => /^\d{4}-/.test(String(v))));
    const isAcross = dates.some((d) => d < project.today) && dates.some((d) => d > project.today);
    if (isAcross && rows.some((m) => m.actualFinish) && rows.some((m) => !m.actualFinish)) return { card, project };
  }
  throw new Error('the demo data has no project with done and open milestones around today');
}

test('the project timeline shows every milestone window and its projected or actual dates, and today', async () => {
  const { card, project } = await findProjectAcrossToday();
  await suite.page.goto(`${suite.app.url}/projects/${card.id}`);
  const timeline = suite.page.getByRole('figure', { name: '时间轴' });
  await timeline.waitFor();
  const rows = project.milestones.filter((m) => m.schedule);
  expect(await timeline.getByRole('listitem').count()).toBe(rows.length);

  for (const m of rows) {
    const s = m.schedule!;
    const row = timeline.getByRole('listitem', { name: m.name, exact: true });
    const latest = `${m.name}：最迟开始 ${s.latestStart}，最迟完成 ${s.latestFinish}`;
    const light = { red: '红灯', yellow: '黄灯', green: '绿灯' }[s.light];
    const projected = m.actualFinish
      ? `${m.name}：实际 ${s.projectedStart} 开始，${s.projectedFinish} 完成`
      : m.actualStart
        ? `${m.name}：${s.projectedStart} 已开始，预计 ${s.projectedFinish} 完成（${light}）`
        : `${m.name}：预计 ${s.projectedStart} 开始，${s.projectedFinish} 完成（${light}）`;
    expect(await row.getByRole('img').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')))).toEqual([
      latest,
      projected,
    ]);
  }

  // The today line sits where today falls between the earliest and the latest date on the chart.
  const dates = [project.today, project.targetDate, ...rows.flatMap((m) => Object.values(m.schedule!))]
    .filter((v): v is string => /^\d{4}-\d{2}-\d{2}$/.test(String(v)))
    .sort();
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const share = (day(project.today) - day(dates[0]!)) / (day(dates.at(-1)!) - day(dates[0]!));
  expect(share).toBeGreaterThan(0);
  expect(share).toBeLessThan(1);
  const todayLine = timeline.getByRole('img', { name: `今天 ${project.today}` });
  const line = (await todayLine.boundingBox())!;
  const track = (await timeline.locator('.timeline__track').first().boundingBox())!;
  expect(Math.abs(line.x - (track.x + share * track.width))).toBeLessThan(2);
  expect(await timeline.getByText(`${dates[0]} — ${dates.at(-1)}`).count()).toBe(1);
});
