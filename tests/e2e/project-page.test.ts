import { beforeAll, expect, test } from 'vitest';
import { apiAs, signIn } from './harness.js';
import { useApp } from './app.js';

let api: Awaited<ReturnType<typeof apiAs>>;

const SLOW = { timeout: 15_000 };

interface Unit {
  id: number;
  name: string;
}
interface CardView {
  id: number;
  code: string;
  version: number;
  ownerUnit: Unit;
}
interface Project extends CardView {
  name: string;
  today: string;
  milestones: { id: number; name: string; durationDays: number; dependsOn: number[] }[];
}

const suite = useApp();
beforeAll(async () => {
  api = await apiAs(suite.app.url);
});

/** A fresh project of the admin's, with its template plan and nothing done yet. */
async function newProject(code: string, ownerUnitId?: number): Promise<Project> {
  const [unit] = await api.query<Unit[]>('unit.list');
  const card = await api.mutate<CardView>('project.create', {
    code,
    name: `${code} 测试产业园`,
    ownerUnitId: ownerUnitId ?? unit!.id,
    projectType: 'industrial',
    totalInvestment: '10000',
    plannedInvestment: '2000',
    targetDate: '2029-06-29',
  });
  return api.query<Project>('project.get', { id: card.id });
}

const historyEntries = () => suite.page.locator('.project-history').getByRole('listitem').allTextContents();

test('an admin edits the name and planned investment, is told about a bad amount, and the change lasts', async () => {
  const project = await newProject('ZQ-2026-801');
  await suite.page.goto(`${suite.app.url}/projects/${project.id}`);
  await suite.page.getByRole('button', { name: '编辑项目信息' }).click();
  const form = suite.page.getByRole('form', { name: '编辑项目信息' });
  await form.getByLabel('项目名称').fill('章丘区明水智能装备产业园');
  await form.getByLabel('年度计划投资（万元）').fill('12.345');
  await form.getByRole('button', { name: '保存修改' }).click();
  const amountError = form.getByText('请输入不小于 0 的金额（万元），最多两位小数。');
  await expect.poll(() => amountError.isVisible()).toBe(true);
  expect(await form.getByLabel('年度计划投资（万元）').getAttribute('aria-invalid')).toBe('true');

  // More than the total is refused too, beside the same field.
  await form.getByLabel('年度计划投资（万元）').fill('20000');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect.poll(() => form.getByText('年度计划投资不能大于总投资。').isVisible()).toBe(true);

  await form.getByLabel('年度计划投资（万元）').fill('2345.6');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect
    .poll(() => suite.page.getByRole('status').allTextContents())
    .toContain('已保存项目 ZQ-2026-801 的修改。');

  await suite.page.reload();
  const heading = suite.page.getByRole('heading', { level: 2 });
  await expect.poll(() => heading.textContent(), SLOW).toContain('章丘区明水智能装备产业园');
  expect(await suite.page.locator('.project__facts').textContent()).toContain('2,345.60 万元');
  await expect
    .poll(historyEntries, SLOW)
    .toEqual(expect.arrayContaining([expect.stringMatching(/修改了项目信息.*名称.*章丘区明水智能装备产业园/)]));
  const update = (await historyEntries()).find((text) => text.includes('修改了项目信息'))!;
  expect(update).toContain('年度计划投资');
  expect(update).toContain('2,345.60 万元');
}, 60_000);

test('a milestone row is edited in place: duration, predecessors (a cycle is refused) and an actual finish', async () => {
  const project = await newProject('ZQ-2026-802');
  const milestone = project.milestones[1]!;
  // Its successors, directly or not: choosing one as a predecessor closes a loop.
  const descendants = new Set<number>([milestone.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of project.milestones) {
      if (!descendants.has(m.id) && m.dependsOn.some((id) => descendants.has(id))) {
        descendants.add(m.id);
        grew = true;
      }
    }
  }
  descendants.delete(milestone.id);
  const successor = project.milestones.find((m) => descendants.has(m.id))!;
  const extra = project.milestones.find(
    (m) => m.id !== milestone.id && !descendants.has(m.id) && !milestone.dependsOn.includes(m.id),
  )!;
  const nameOf = (id: number) => project.milestones.find((m) => m.id === id)!.name;

  await suite.page.goto(`${suite.app.url}/projects/${project.id}`);
  await suite.page.getByRole('button', { name: `编辑节点“${milestone.name}”` }).click();
  const row = suite.page.getByRole('row', { name: `编辑节点“${milestone.name}”`, exact: true });
  const duration = row.getByLabel('工期（工作日）');
  await duration.fill('-3');
  await duration.press('Enter');
  await expect.poll(() => row.getByText('工期为 0 到 2000 之间的整数（工作日）。').isVisible()).toBe(true);

  // Escape throws the draft away.
  await duration.press('Escape');
  await expect.poll(() => row.count()).toBe(0);
  await suite.page.getByRole('button', { name: `编辑节点“${milestone.name}”` }).click();
  expect(await duration.inputValue()).toBe(String(milestone.durationDays));

  await duration.fill('7');
  const predecessors = row.getByRole('group', { name: `“${milestone.name}”的前置节点` });
  await predecessors.getByRole('checkbox', { name: successor.name, exact: true }).check();
  await duration.press('Enter');
  await expect.poll(() => row.getByText(/节点之间的前后置关系形成了循环/).isVisible(), SLOW).toBe(true);

  await predecessors.getByRole('checkbox', { name: successor.name, exact: true }).uncheck();
  await predecessors.getByRole('checkbox', { name: extra.name, exact: true }).check();
  await row.getByLabel('实际开始').fill(project.today);
  await row.getByLabel('实际完成').fill(project.today);
  await row.getByLabel('实际完成').press('Enter');
  await expect
    .poll(() => suite.page.getByRole('status').allTextContents(), SLOW)
    .toContain(`已保存节点“${milestone.name}”。`);

  await suite.page.reload();
  const saved = suite.page.locator('tr', {
    has: suite.page.getByRole('rowheader', { name: milestone.name, exact: true }),
  });
  await expect.poll(() => saved.locator('td').nth(1).textContent(), SLOW).toBe('7');
  const deps = await saved.locator('td').nth(2).textContent();
  for (const id of [...milestone.dependsOn, extra.id]) expect(deps).toContain(nameOf(id));
  expect(await saved.getByRole('checkbox', { name: `标记“${milestone.name}”已完成` }).isChecked()).toBe(true);
  expect(await saved.textContent()).toContain(project.today);
  await expect
    .poll(historyEntries, SLOW)
    .toEqual(
      expect.arrayContaining([
        expect.stringContaining(`节点“${milestone.name}”标记为已完成（实际完成 ${project.today}）`),
      ]),
    );
}, 60_000);

test('a milestone saved by someone else while it is open for editing is refused, not overwritten', async () => {
  const editorApi = await apiAs(suite.app.url, 'demo-editor');
  const me = await editorApi.query<{ actor: { unitIds: number[] } }>('auth.me');
  const project = await newProject('ZQ-2026-804', me.actor.unitIds[0]);
  const milestone = project.milestones[1]!;
  const theirDuration = milestone.durationDays + 9;

  await suite.page.goto(`${suite.app.url}/projects/${project.id}`);
  await suite.page.getByRole('button', { name: `编辑节点“${milestone.name}”` }).click();
  const row = suite.page.getByRole('row', { name: `编辑节点“${milestone.name}”`, exact: true });
  await row.getByLabel('节点名称').fill('园区道路施工许可（甲）');

  // Meanwhile the editor changes the same milestone, then the project; both reach this page live.
  await editorApi.mutate('milestone.update', {
    id: milestone.id,
    expectedVersion: project.version,
    patch: { durationDays: theirDuration },
  });
  await editorApi.mutate('project.update', {
    id: project.id,
    expectedVersion: project.version + 1,
    patch: { name: 'ZQ-2026-804 测试产业园（改名）' },
  });
  const heading = suite.page.getByRole('heading', { level: 2 });
  await expect.poll(() => heading.textContent(), SLOW).toContain('（改名）');
  expect(await row.getByLabel('节点名称').inputValue()).toBe('园区道路施工许可（甲）');

  await row.getByRole('button', { name: '保存', exact: true }).click();
  const alert = row.getByRole('alert');
  await expect
    .poll(() => alert.allTextContents(), SLOW)
    .toEqual([expect.stringContaining('项目“ZQ-2026-804”刚被 演示联络员 修改')]);
  await alert.getByRole('button', { name: '载入最新内容重新编辑' }).click();
  await expect.poll(() => row.getByLabel('工期（工作日）').inputValue(), SLOW).toBe(String(theirDuration));
  expect(await row.getByLabel('节点名称').inputValue()).toBe(milestone.name);
  expect(await alert.count()).toBe(0);

  // From the latest, the change goes through and keeps theirs.
  await row.getByLabel('节点名称').fill('园区道路施工许可（甲）');
  await row.getByLabel('节点名称').press('Enter');
  await expect
    .poll(() => suite.page.getByRole('status').allTextContents(), SLOW)
    .toContain('已保存节点“园区道路施工许可（甲）”。');
  const saved = await api.query<Project>('project.get', { id: project.id });
  expect(saved.name).toBe('ZQ-2026-804 测试产业园（改名）');
  expect(saved.milestones.find((m) => m.id === milestone.id)).toMatchObject({
    name: '园区道路施工许可（甲）',
    durationDays: theirDuration,
  });
}, 60_000);

test('archiving takes the card off every open board; restoring from the archived list brings it back', async () => {
  const project = await newProject('ZQ-2026-803');
  const board = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(board, suite.app.url);
  const card = board.getByRole('article', { name: /^ZQ-2026-803 / });
  await expect.poll(() => card.count(), SLOW).toBe(1);

  await suite.page.goto(`${suite.app.url}/projects/${project.id}`);
  await suite.page.getByRole('button', { name: '归档项目' }).click();
  const dialog = suite.page.getByRole('dialog', { name: /归档项目“ZQ-2026-803/ });
  await dialog.getByLabel('归档原因（可选）').fill('项目终止，企业另行选址');
  await dialog.getByRole('button', { name: '确认归档' }).click();
  await expect
    .poll(() => suite.page.getByText('此项目已归档：不在看板上显示，只能查看。').isVisible(), SLOW)
    .toBe(true);
  expect(await suite.page.getByRole('button', { name: '编辑项目信息' }).count()).toBe(0);
  expect(await suite.page.getByRole('button', { name: /^编辑节点/ }).count()).toBe(0);
  // The other tab's board drops the card without a reload.
  await expect.poll(() => card.count(), SLOW).toBe(0);

  // Less-used screens sit under the header's 更多 menu.
  await suite.page.getByRole('navigation').getByRole('button', { name: '更多' }).click();
  await suite.page.getByRole('navigation').getByRole('link', { name: '已归档项目' }).click();
  const row = suite.page.getByRole('row', { name: /ZQ-2026-803/ });
  await expect.poll(() => row.textContent(), SLOW).toContain('项目终止，企业另行选址');
  await row.getByRole('button', { name: '恢复项目 ZQ-2026-803' }).click();
  await expect
    .poll(() => suite.page.getByRole('status').allTextContents(), SLOW)
    .toContain('已恢复项目 ZQ-2026-803，它回到“成熟度”列的末尾。');
  await expect.poll(() => row.count()).toBe(0);
  await expect.poll(() => card.count(), SLOW).toBe(1);
  await board.close();

  await suite.page.goto(`${suite.app.url}/projects/${project.id}`);
  await expect
    .poll(historyEntries, SLOW)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/恢复了项目，回到“成熟度”列末尾/),
        expect.stringMatching(/归档了项目.*归档原因：项目终止，企业另行选址/),
      ]),
    );
  expect(await suite.page.getByRole('button', { name: '编辑项目信息' }).count()).toBe(1);
}, 60_000);

test("an editor sees no edit controls on another unit's project, and sees them on its own", async () => {
  const editorApi = await apiAs(suite.app.url, 'demo-editor');
  const me = await editorApi.query<{ actor: { unitIds: number[] } }>('auth.me');
  const boardData = await editorApi.query<{ columns: { cards: CardView[] }[] }>('board.get');
  const cards = boardData.columns.flatMap((c) => c.cards);
  const others = cards.find((c) => !me.actor.unitIds.includes(c.ownerUnit.id))!;
  const own = cards.find((c) => me.actor.unitIds.includes(c.ownerUnit.id))!;

  const editor = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(editor, suite.app.url, 'demo-editor');
  await editor.goto(`${suite.app.url}/projects/${others.id}`);
  await expect.poll(() => editor.locator('.milestones tbody tr').count(), SLOW).toBeGreaterThan(0);
  expect(await editor.getByRole('button', { name: '编辑项目信息' }).count()).toBe(0);
  expect(await editor.getByRole('button', { name: '归档项目' }).count()).toBe(0);
  expect(await editor.getByRole('button', { name: /^编辑节点/ }).count()).toBe(0);
  expect(await editor.getByRole('checkbox', { name: /^标记/ }).first().isDisabled()).toBe(true);

  await editor.goto(`${suite.app.url}/projects/${own.id}`);
  await expect.poll(() => editor.getByRole('button', { name: '编辑项目信息' }).count(), SLOW).toBe(1);
  expect(await editor.getByRole('button', { name: '归档项目' }).count()).toBe(1);
  await editor.close();
}, 60_000);
