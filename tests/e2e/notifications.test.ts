import { expect, test } from 'vitest';
import { apiAs, signIn } from './harness.js';
import { useApp } from './app.js';

const TODAY = '2026-06-01';

const suite = useApp({ env: { BACKPLAN_TODAY: TODAY }, username: null });

const SLOW = { timeout: 10_000 };

interface BoardCard {
  id: number;
  code: string;
  name: string;
  ownerUnit: { id: number; name: string };
}

test('a blocker raised for the liaison’s unit rings their bell, reads itself on click and shows in the digest', async () => {
  const admin = await apiAs(suite.app.url, 'demo-admin');
  const editor = await apiAs(suite.app.url, 'demo-editor');
  const me = await editor.query<{ actor: { unitIds: number[] } }>('auth.me');
  const adminName = (await admin.query<{ actor: { displayName: string } }>('auth.me')).actor.displayName;
  const unitId = me.actor.unitIds[0]!;
  const board = await admin.query<{ columns: { cards: BoardCard[] }[] }>('board.get');
  const cards = board.columns.flatMap((column) => column.cards);
  // Another unit's project: the liaison hears of it as the unit that must clear the blocker.
  const project = cards.find((card) => card.ownerUnit.id !== unitId) ?? cards[0]!;

  // Whatever the liaison already has unread (the demo's blockers, overdue notices the server filed).
  const before = await editor.query<{ unreadCount: number }>('notification.list');
  await admin.mutate('blocker.raise', {
    projectId: project.id,
    category: 'land',
    description: '用地指标未下达（通知测试）',
    responsibleUnitId: unitId,
    targetDate: '2026-06-30',
  });
  const unread = before.unreadCount + 1;

  await signIn(suite.page, suite.app.url, 'demo-editor');
  const bell = suite.page.getByRole('button', { name: /^通知/ });
  await expect.poll(() => bell.getAttribute('aria-label'), SLOW).toBe(`通知（${unread} 条未读）`);

  await bell.click();
  const popover = suite.page.getByRole('dialog', { name: '与我相关的通知' });
  const notice = popover.getByRole('link', { name: new RegExp(project.code) }).first();
  await expect.poll(() => notice.textContent(), SLOW).toContain('提出难题（用地）');
  expect(await notice.textContent()).toContain(project.name);
  expect(await notice.textContent()).toContain('未读');

  await notice.click();
  await expect.poll(() => new URL(suite.page.url()).pathname, SLOW).toBe(`/projects/${project.id}`);
  await expect
    .poll(() => bell.getAttribute('aria-label'), SLOW)
    .toBe(unread - 1 > 0 ? `通知（${unread - 1} 条未读）` : '通知');
  const after = await editor.query<{ items: { projectId: number; kind: string; isRead: boolean }[] }>(
    'notification.list',
  );
  expect(after.items.find((item) => item.projectId === project.id && item.kind === 'blocker.raised')?.isRead).toBe(
    true,
  );

  await bell.click();
  await popover.getByRole('link', { name: '查看每日摘要' }).click();
  await expect.poll(() => suite.page.getByRole('heading', { name: '每日摘要' }).isVisible(), SLOW).toBe(true);
  const raised = suite.page.getByRole('region', { name: /新提出的难题/ });
  await expect.poll(() => raised.getByRole('link', { name: new RegExp(project.code) }).count(), SLOW).toBe(1);
  expect(await raised.textContent()).toContain(adminName);

  // The same in English, and the digest walks back a day to one without it.
  await suite.page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect.poll(() => suite.page.getByRole('region', { name: /Raised/ }).isVisible(), SLOW).toBe(true);
  await suite.page.getByRole('button', { name: /Previous day/ }).click();
  await expect.poll(() => new URL(suite.page.url()).searchParams.get('date'), SLOW).toBe('2026-05-31');
  await expect.poll(() => suite.page.getByRole('region', { name: /Raised/ }).count(), SLOW).toBe(0);
  await suite.page.getByRole('button', { name: 'Today' }).click();
  await expect.poll(() => suite.page.getByRole('region', { name: /Raised/ }).count(), SLOW).toBe(1);

  // On the board, a blocker raised meanwhile rings the bell within seconds, not at the next minute.
  await suite.page.getByRole('button', { name: 'Switch to the Chinese interface' }).click();
  await suite.page.getByRole('link', { name: '看板' }).click();
  await expect.poll(() => suite.page.locator('.live-status').getAttribute('data-status'), SLOW).toBe('live');
  const counted = await editor.query<{ unreadCount: number }>('notification.list');
  await admin.mutate('blocker.raise', {
    projectId: project.id,
    category: 'funding',
    description: '配套资金未到位（通知测试）',
    responsibleUnitId: unitId,
    targetDate: '2026-06-30',
  });
  await expect.poll(() => bell.getAttribute('aria-label'), SLOW).toBe(`通知（${counted.unreadCount + 1} 条未读）`);
});
