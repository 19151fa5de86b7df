// Moving cards as people do it: keyboard and mouse, the stage gate's dialog (a reason or no move),
// the reason in the project's history, undo, and no drag handle for those who may not move a card.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { keyboardMove, pickUp, signIn } from './harness.js';
import { useApp } from './app.js';

const suite = useApp();

const column = (name: string, on = suite.page) => on.getByRole('region', { name });
const codesIn = async (region: Locator) =>
  (await region.locator('article.card .card__code').allTextContents()).map((s) => s.trim());
const slotOf = (region: Locator, code: string) =>
  region.locator('li', { has: suite.page.getByText(code, { exact: true }) });
const dialog = () => suite.page.getByRole('dialog');
const undoToast = () => suite.page.locator('.undo-toast');

async function freshBoard() {
  await suite.page.goto(suite.app.url);
  await expect.poll(() => column('成熟度').locator('article.card').count()).toBeGreaterThan(3);
}
async function waitForSave() {
  await suite.page.waitForLoadState('networkidle');
}

test('a card moved within its column with the keyboard alone keeps its place after a reload', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const [first, second, third] = await codesIn(maturity);
  // Two moves of one step each: every step waits for its announcement.
  await keyboardMove(suite.page, slotOf(maturity, first!), ['ArrowDown']);
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([second, first, third]);
  await keyboardMove(suite.page, slotOf(maturity, first!), ['ArrowDown']);
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([second, third, first]);
  expect(await dialog().count()).toBe(0); // within a column the gate asks nothing
  await waitForSave();
  await suite.page.reload();
  await expect.poll(() => codesIn(maturity).then((c) => c.slice(0, 3))).toEqual([second, third, first]);
});

test('forward past unfinished milestones: the dialog lists them, refuses without a reason, moves with one, and the reason is in the history', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const [code] = await codesIn(maturity);
  await keyboardMove(suite.page, slotOf(maturity, code!), ['ArrowRight']);
  await expect.poll(() => dialog().isVisible()).toBe(true);
  expect(await dialog().getByRole('heading').textContent()).toContain('未完成的节点');
  expect(await dialog().getByRole('listitem').count()).toBeGreaterThan(0);
  // The card waits where it was dropped while the dialog is open.
  expect(await codesIn(column('加速度'))).toContain(code);

  await dialog().getByRole('button', { name: '仍然移动' }).click();
  await expect.poll(() => dialog().getByText('请先填写理由，再移动项目。').isVisible()).toBe(true);
  expect(await dialog().isVisible()).toBe(true);

  const reason = '区重大项目调度会同意容缺推进';
  await dialog().getByLabel(/理由/).fill(reason);
  await dialog().getByRole('button', { name: '仍然移动' }).click();
  await expect.poll(() => dialog().count()).toBe(0);
  await waitForSave();
  await suite.page.reload();
  await expect.poll(() => codesIn(column('加速度'))).toContain(code);
  expect(await codesIn(maturity)).not.toContain(code);

  await slotOf(column('加速度'), code!).getByRole('link').click();
  await expect.poll(() => suite.page.getByText(`原因：${reason}`).isVisible()).toBe(true);
});

test('Cancel in the gate dialog puts the card back and moves nothing', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const before = await codesIn(maturity);
  await keyboardMove(suite.page, slotOf(maturity, before[0]!), ['ArrowRight']);
  await expect.poll(() => dialog().isVisible()).toBe(true);
  await dialog().getByRole('button', { name: '取消' }).click();
  await expect.poll(() => codesIn(maturity)).toEqual(before);
  await suite.page.reload();
  await expect.poll(() => codesIn(maturity)).toEqual(before);
});

test('moving back a stage always asks why; undo brings the card back to its old place, also after a reload', async () => {
  await freshBoard();
  const acceleration = column('加速度');
  const maturity = column('成熟度');
  const [code] = await codesIn(acceleration);
  const accelerationBefore = await codesIn(acceleration);
  await keyboardMove(suite.page, slotOf(acceleration, code!), ['ArrowLeft']);
  await expect.poll(() => dialog().isVisible()).toBe(true);
  expect(await dialog().getByRole('heading').textContent()).toContain('退回');
  await dialog().getByLabel(/理由/).fill('立项材料被退回，需要补充');
  await dialog().getByRole('button', { name: '退回' }).click();
  await expect.poll(() => codesIn(maturity)).toContain(code);

  // The toast offers undo, counting down.
  await expect.poll(() => undoToast().textContent()).toContain('秒内可撤销');
  await undoToast().getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => codesIn(acceleration)).toEqual(accelerationBefore);
  await waitForSave();
  await suite.page.reload();
  await expect.poll(() => codesIn(acceleration)).toEqual(accelerationBefore);
  expect(await codesIn(maturity)).not.toContain(code);
});

test('undo of a forward move takes the card back a stage with its own reason, which the history shows', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const before = await codesIn(maturity);
  const code = before[1]!;
  await keyboardMove(suite.page, slotOf(maturity, code), ['ArrowRight']);
  await dialog().getByLabel(/理由/).fill('先行开工');
  await dialog().getByRole('button', { name: '仍然移动' }).click();
  await expect.poll(() => undoToast().textContent()).toContain('加速度');
  await undoToast().getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => codesIn(maturity)).toEqual(before);
  expect(await dialog().count()).toBe(0); // the undo carries its reason: no dialog
  await waitForSave();
  await suite.page.reload();
  await expect.poll(() => codesIn(maturity)).toEqual(before);
  await slotOf(maturity, code).getByRole('link').click();
  await expect.poll(() => suite.page.getByText('原因：撤销移动').isVisible()).toBe(true);
});

test('Escape cancels a keyboard drag: the card stays and the cancel is announced', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const before = await codesIn(maturity);
  const announced = (text: string) =>
    expect
      .poll(() => suite.page.getByRole('status').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(text)]));
  await pickUp(suite.page, slotOf(maturity, before[0]!));
  await suite.page.keyboard.press('ArrowRight');
  await announced('移到');
  await suite.page.keyboard.press('Escape');
  await announced('已取消移动');
  expect(await dialog().count()).toBe(0);
  await expect.poll(() => codesIn(maturity)).toEqual(before);
});

test('a finger on a tablet drags a card after a short press', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const tablet = await context.newPage();
  await signIn(tablet, suite.app.url);
  const maturity = column('成熟度', tablet);
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  const before = (await maturity.locator('.card__code').allTextContents()).map((s) => s.trim());
  const [first, second] = before;
  const box = (await maturity.locator('article.card').first().boundingBox())!;
  const target = (await maturity.locator('article.card').nth(1).boundingBox())!;
  const cdp = await context.newCDPSession(tablet);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const x = box.x + box.width / 2;
  await touch('touchStart', x, box.y + box.height / 2);
  // The press that tells a drag from a scroll: held still until the drag has begun (its overlay shows).
  await expect.poll(() => tablet.locator('.card--overlay').count()).toBe(1);
  for (let y = box.y + box.height / 2; y <= target.y + target.height * 0.8; y += 8) await touch('touchMove', x, y);
  await touch('touchEnd', x, target.y + target.height * 0.8);
  await expect
    .poll(async () => (await maturity.locator('.card__code').allTextContents()).map((s) => s.trim()).slice(0, 2))
    .toEqual([second, first]);
  await context.close();
});

test('the undo offer goes away by itself after ten seconds', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const [first] = await codesIn(maturity);
  await keyboardMove(suite.page, slotOf(maturity, first!), ['ArrowDown']);
  await expect.poll(() => undoToast().isVisible()).toBe(true);
  await expect.poll(() => undoToast().count(), { timeout: 13_000, interval: 500 }).toBe(0);
});

test('a card dragged with the mouse across a stage goes through the gate dialog', async () => {
  await freshBoard();
  const source = column('加速度');
  const target = column('贡献度');
  const [code] = await codesIn(source);
  const card = source.locator('article.card', { hasText: code! });
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await suite.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await suite.page.mouse.down();
  await suite.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await suite.page.mouse.move(to.x + to.width / 2, to.y + 140, { steps: 12 });
  await suite.page.mouse.up();
  await expect.poll(() => dialog().isVisible()).toBe(true);
  await dialog().getByLabel(/理由/).fill('已投产，验收材料补报中');
  await dialog().getByRole('button', { name: '仍然移动' }).click();
  await waitForSave();
  await suite.page.reload();
  await expect.poll(() => codesIn(target)).toContain(code);
});

test('dragging a card to the foot of a long column scrolls that column, not the page', async () => {
  await freshBoard();
  const maturity = column('成熟度');
  const scroller = maturity.locator('.column__scroll');
  expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  const card = maturity.locator('article.card').first();
  const box = (await card.boundingBox())!;
  const foot = (await scroller.boundingBox())!;
  await suite.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await suite.page.mouse.down();
  await suite.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 10, { steps: 3 });
  await suite.page.mouse.move(box.x + box.width / 2, foot.y + foot.height - 5, { steps: 10 });
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop), { timeout: 5_000 }).toBeGreaterThan(100);
  expect(await suite.page.evaluate(() => window.scrollY)).toBe(0);
  await suite.page.keyboard.press('Escape');
  await suite.page.mouse.up();
});

async function cursorOf(slot: Locator) {
  return slot.evaluate((el) => getComputedStyle(el).cursor);
}

test('a viewer sees no drag handle and no grab cursor on any card', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const viewer = await context.newPage();
  await signIn(viewer, suite.app.url, 'demo-viewer');
  await viewer.goto(suite.app.url); // a viewer lands on the dashboard
  const maturity = column('成熟度', viewer);
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  for (const stage of ['成熟度', '加速度', '贡献度']) {
    const slots = column(stage, viewer).locator('li[data-project-id]');
    expect(await column(stage, viewer).locator('li[aria-roledescription]').count()).toBe(0);
    expect(await column(stage, viewer).locator('li[tabindex]').count()).toBe(0);
    expect(await cursorOf(slots.first())).not.toBe('grab');
  }
  await context.close();
});

test("an editor may drag its own unit's cards but sees no handle on another unit's", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const editor = await context.newPage();
  await signIn(editor, suite.app.url, 'demo-editor');
  const slots = editor.locator('li[data-project-id]');
  await expect.poll(() => slots.count()).toBeGreaterThan(10);
  const movable = editor.locator('li[data-project-id][aria-roledescription]');
  const fixed = editor.locator('li[data-project-id]:not([aria-roledescription])');
  expect(await movable.count()).toBeGreaterThan(0);
  expect(await fixed.count()).toBeGreaterThan(0);
  const ownUnit = (await movable.first().locator('.card__facts dd').first().textContent())!;
  const otherUnit = (await fixed.first().locator('.card__facts dd').first().textContent())!;
  expect(otherUnit).not.toBe(ownUnit);
  expect(await cursorOf(movable.first())).toBe('grab');
  expect(await cursorOf(fixed.first())).not.toBe('grab');
  expect(await fixed.first().getAttribute('tabindex')).toBeNull();
  await context.close();
});

test('dragging re-renders no card body, neither when the target changes nor on each pointer move', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  // React reports every commit to a devtools hook, production builds too: count the card components
  // that did work (memo'd cards skip rendering when their props are unchanged).
  await context.addInitScript(() => {
    type Fiber = {
      tag: number;
      flags: number;
      memoizedProps: unknown;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
    };
    const counts = { bodies: 0, wrappers: 0, commits: 0 };
    const walk = (fiber: Fiber | null) => {
      for (let f = fiber; f; f = f.sibling) {
        const props = f.memoizedProps as Record<string, unknown> | null;
        // Function / memo components that performed work in this commit, and were there before.
        if ((f.tag === 0 || f.tag === 14 || f.tag === 15) && f.alternate && (f.flags & 1) === 1 && props) {
          if ('card' in props && 'canMove' in props) counts.wrappers++;
          else if ('card' in props && !props.isOverlay) counts.bodies++;
        }
        walk(f.child);
      }
    };
    Object.assign(window, {
      renderCounts: counts,
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => {},
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
          counts.commits++;
          walk(root.current.child);
        },
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
      },
    });
  });
  const tab = await context.newPage();
  await signIn(tab, suite.app.url);
  const maturity = column('成熟度', tab);
  await expect.poll(() => maturity.locator('article.card').count()).toBeGreaterThan(3);
  const box = (await maturity.locator('article.card').first().boundingBox())!;
  const target = (await column('加速度', tab).boundingBox())!;
  await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await tab.mouse.down();
  await tab.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2, { steps: 3 });
  await expect.poll(() => tab.locator('.card--overlay').count()).toBe(1);
  const reset = () =>
    tab.evaluate(() => {
      const counts = (window as unknown as { renderCounts: Record<string, number> }).renderCounts;
      for (const key of Object.keys(counts)) counts[key] = 0;
    });
  const read = () =>
    tab.evaluate(() => ({ ...(window as unknown as { renderCounts: Record<string, number> }).renderCounts }));
  await reset();
  // Across into the next column and down it: the target changes a dozen times, no card body renders.
  await tab.mouse.move(target.x + target.width / 2, box.y + 100, { steps: 20 });
  await tab.mouse.move(target.x + target.width / 2, box.y + 300, { steps: 20 });
  const across = await read();
  // Forty pointer moves over the same card. (The thin sortable wrappers do re-render: dnd-kit's
  // context changes; the card bodies under them must not.)
  await reset();
  for (let i = 0; i < 40; i++) await tab.mouse.move(target.x + target.width / 2 + (i % 2), box.y + 300 + (i % 3));
  const still = await read();
  await tab.keyboard.press('Escape');
  await tab.mouse.up();
  await context.close();
  expect(across.commits).toBeGreaterThan(0); // the hook saw the drag
  expect(across.bodies).toBe(0);
  expect(still).toMatchObject({ bodies: 0 });
});
