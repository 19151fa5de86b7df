// The frame every screen sits in, as people see it on their screens: the header on one line on an
// office monitor in both languages, nothing scrolling sideways on a phone, a page for a wrong address,
// and what the sign-in page and a read-only template tell the person reading them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ env: { BACKPLAN_TODAY: '2026-06-01' } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) await removeDir(app.dataDir);
});

const SLOW = { timeout: 15_000 };
type Language = 'zh' | 'en';

async function openPage(width: number, height: number, language: Language): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(app.url);
  await page.evaluate((lng) => localStorage.setItem('backplan.language', lng), language);
  return page;
}

/** Each entry of the header: its box, and on how many lines its words stand. */
async function headerEntries(page: Page) {
  return page.locator('.app__bar').evaluate((bar) => {
    const selector = 'h1, nav a, .nav-menu__button, .live-status, .bell__button, .user-menu > *, .language-switch';
    return {
      barScrolls: bar.scrollWidth > bar.clientWidth,
      entries: [...bar.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const box = el.getBoundingClientRect();
          // Lines of the entry's own words (an icon or a badge beside them is no second line).
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const lines = new Set<number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.trim() || node.parentElement?.closest('.bell__count')) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.top));
          }
          const text = el.textContent?.trim() ?? '';
          return { text, top: box.top, bottom: box.bottom, left: box.left, right: box.right, lines: lines.size };
        }),
    };
  });
}

// Meetings, action items and the bulletin are joining the header: until they are there, three entries
// as long as theirs stand in for them, so the header is proven to have room for them.
async function addComingEntries(page: Page, language: Language) {
  await page.getByRole('navigation').evaluate(
    (nav, labels) => {
      const missing = labels.filter((label) => ![...nav.querySelectorAll('a')].some((a) => a.textContent === label));
      const template = nav.querySelector('a')!;
      for (const label of missing) {
        const entry = template.cloneNode() as HTMLAnchorElement;
        entry.textContent = label;
        entry.className = '';
        nav.insertBefore(entry, nav.querySelector('.nav-menu'));
      }
    },
    language === 'zh' ? ['会议', '督办事项', '通报'] : ['Meetings', 'Action items', 'Bulletin'],
  );
}

for (const language of ['zh', 'en'] as const) {
  for (const width of [1280, 1366]) {
    test(`at ${width} px in ${language} the header keeps one line, with room for three more entries`, async () => {
      const page = await openPage(width, 768, language);
      try {
        await signIn(page, app.url, 'demo-editor'); // an editor also has 本单位待办: the longest header
        await addComingEntries(page, language);
        const { barScrolls, entries } = await headerEntries(page);
        expect(barScrolls).toBe(false);
        expect(entries.length).toBeGreaterThan(8);
        for (const entry of entries) {
          expect(entry.lines, `"${entry.text}" wraps`).toBeLessThanOrEqual(1);
          expect(entry.left, `"${entry.text}" starts off screen`).toBeGreaterThanOrEqual(0);
          expect(entry.right, `"${entry.text}" ends off screen`).toBeLessThanOrEqual(width);
        }
        // One row: every entry overlaps the title's line, and none overlaps the next.
        const title = entries[0]!;
        for (const entry of entries) expect(entry.top, entry.text).toBeLessThan(title.bottom);
        const ordered = [...entries].sort((a, b) => a.left - b.left);
        for (let i = 1; i < ordered.length; i++) {
          expect(ordered[i]!.left, `"${ordered[i]!.text}" overlaps "${ordered[i - 1]!.text}"`).toBeGreaterThanOrEqual(
            ordered[i - 1]!.right - 0.5,
          );
        }
      } finally {
        await page.close();
      }
    });
  }
}

/** Boxes that stick out of the window sideways, except inside a box that scrolls or clips them. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      // 1 px boxes are the screen-reader-only live regions; they cannot be scrolled to.
      if (box.width <= 1 || (box.right <= width + 0.5 && box.left >= -0.5)) continue;
      let contained = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') contained = true;
      }
      if (!contained)
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(box.left)}…${Math.round(box.right)}`,
        );
    }
    return { pageWidth: document.documentElement.scrollWidth, width, boxes: out.slice(0, 5) };
  });
}

test('on a 390 px phone no screen scrolls sideways, and the menu and the bell fit the screen', async () => {
  const page = await openPage(1366, 800, 'zh');
  try {
    await signIn(page, app.url);
    // Every screen the header leads to (an admin's header leads to all), the digest, a project, a wrong address.
    await page.getByRole('navigation').getByRole('button', { name: '更多' }).click();
    const links = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const projectHref = await page.locator('.card__name a').first().getAttribute('href');
    const paths = [...new Set([...links, '/digest', projectHref!, '/no-such-screen'])];
    expect(paths.length).toBeGreaterThan(10);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of paths) {
      await page.goto(app.url + path);
      await page.locator('main :is(h2, section, article, table, .board)').first().waitFor(SLOW);
      // Lazy screens and their data arrive after the first paint: measure once the page is still.
      await page.waitForLoadState('networkidle');
      const overflow = await sidewaysOverflow(page);
      expect(overflow.boxes, path).toEqual([]);
      expect(overflow.pageWidth, path).toBeLessThanOrEqual(390);
    }

    await page.goto(app.url);
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '工作日历' }).waitFor();
    expect((await sidewaysOverflow(page)).boxes).toEqual([]);
    await nav.getByRole('link', { name: '难题堵点' }).click();
    await expect.poll(() => page.url()).toContain('/blockers');
    await expect.poll(() => nav.isVisible()).toBe(false);

    await page.locator('.bell__button').click();
    const panel = page.getByRole('dialog', { name: /提醒|通知/ });
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  } finally {
    await page.close();
  }
  // Every screen in turn, the dashboard's charts among them: more than the default half minute.
}, 90_000);

test('an unknown address shows a page that says so, with the way back to the board', async () => {
  const page = await openPage(1366, 768, 'zh');
  try {
    await signIn(page, app.url);
    await page.goto(`${app.url}/projects-old/42`);
    await page.getByRole('heading', { name: '找不到这个页面' }).waitFor(SLOW);
    expect(await page.getByRole('main').textContent()).toContain('/projects-old/42');
    await page.getByRole('link', { name: '返回看板' }).click();
    await page.getByRole('region', { name: '成熟度' }).waitFor(SLOW);
    expect(new URL(page.url()).pathname).toBe('/');
  } finally {
    await page.close();
  }
});

test('the sign-in page names the demo accounts while their password is the published one, in both languages', async () => {
  const page = await openPage(1366, 768, 'zh');
  try {
    await page.reload();
    const note = page.getByRole('note');
    await expect
      .poll(() => note.textContent(), SLOW)
      .toBe('演示账号 demo-admin / demo-editor / demo-viewer，密码 backplan-demo');
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect
      .poll(() => note.textContent())
      .toBe('Demo accounts demo-admin / demo-editor / demo-viewer, password backplan-demo');
  } finally {
    await page.close();
  }
});

test('a viewer reads the templates as plain tables, with nothing to edit, remove or save', async () => {
  const page = await openPage(1366, 768, 'zh');
  try {
    await signIn(page, app.url, 'demo-viewer');
    await page.goto(`${app.url}/templates`);
    const first = page.getByRole('region').first();
    await first.getByRole('table').waitFor(SLOW);
    expect(await first.getByRole('rowheader').count()).toBeGreaterThan(3);
    expect(await page.getByText('模板由管理员维护').count()).toBe(1);
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    expect(await page.locator('main :is(input, select, textarea)').count()).toBe(0);
  } finally {
    await page.close();
  }
});

test('a search that finds nothing says so in every column, not that cards may be dropped there', async () => {
  const page = await openPage(1366, 768, 'zh');
  try {
    await signIn(page, app.url);
    await page.getByRole('searchbox').fill('zzzz不存在的项目');
    for (const stage of ['成熟度', '加速度', '贡献度']) {
      await expect
        .poll(() => page.getByRole('region', { name: stage }).locator('.column__empty').textContent(), SLOW)
        .toBe('没有符合条件的项目。');
    }
  } finally {
    await page.close();
  }
});

test('a success toast says its piece and goes by itself, its button on one line', async () => {
  const page = await openPage(1366, 768, 'zh');
  try {
    await signIn(page, app.url);
    await page.goto(`${app.url}/admin/units`);
    const rename = page.getByRole('button', { name: /^修改“.+”的名称$/ }).first();
    await rename.click();
    const dialog = page.getByRole('dialog', { name: '修改单位名称' });
    const name = dialog.getByLabel('单位名称', { exact: true });
    const before = await name.inputValue();
    await name.fill(`${before}（测试）`);
    await dialog.getByRole('button', { name: '保存' }).click();
    const toast = page.locator('.notice', { hasText: '改名为' });
    await toast.waitFor(SLOW);
    const close = (await toast.getByRole('button', { name: '关闭' }).boundingBox())!;
    expect(close.height).toBeLessThan(40); // 关闭 on one line, not 关 over 闭
    await toast.waitFor({ state: 'detached', timeout: 15_000 });
  } finally {
    await page.close();
  }
});

test('meeting mode at 1920 px keeps the column heads in view below the exit button while the columns scroll, in large type', async () => {
  const page = await openPage(1920, 1080, 'zh');
  try {
    await signIn(page, app.url);
    await page.goto(`${app.url}/?meeting=1`);
    const exit = page.getByRole('button', { name: /退出会议模式/ });
    await exit.waitFor(SLOW);
    // Each column scrolls under its head.
    const scrollers = page.locator('.board-page--meeting .column__scroll');
    await scrollers.evaluateAll((columns) => columns.forEach((column) => column.scrollTo(0, 800)));
    await expect
      .poll(() => scrollers.evaluateAll((columns) => Math.max(...columns.map((column) => column.scrollTop))))
      .toBeGreaterThan(0);
    const exitBox = (await exit.boundingBox())!;
    for (const stage of ['成熟度', '加速度', '贡献度']) {
      const head = page.getByRole('heading', { name: stage, exact: true });
      const box = (await head.boundingBox())!;
      expect(box.y, stage).toBeGreaterThanOrEqual(exitBox.y + exitBox.height);
      expect(box.y, stage).toBeLessThan(200);
    }
    const nameSize = await page
      .locator('.card__name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nameSize).toBeGreaterThanOrEqual(22);
  } finally {
    await page.close();
  }
});
