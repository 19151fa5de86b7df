import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZNotificationList } from '../../domain/notification-input.js';
import type { Actor } from '../../domain/permissions.js';
import { notificationSelect, toNotificationViews } from './notification-view.js';
import { ensureOverdueNotices } from './overdue.js';

const PAGE_SIZE = 20;

export function unreadCountOf(prisma: PrismaClient, userId: number): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/**
 * The caller's notices, newest first, a page at a time, with how many are unread. Reading the first
 * page is when overdue notices are due (see ensureOverdueNotices): a derived row, idempotent, so it
 * keeps the rule that a GET changes nothing a person did.
 */
export async function listNotifications({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Pick<Actor, 'id' | 'unitIds'>;
  today: string;
  input: z.output<typeof ZNotificationList>;
}) {
  if (input.cursor === undefined) await ensureOverdueNotices({ prisma, actor, today });
  const rows = await prisma.notification.findMany({
    where: {
      userId: actor.id,
      ...(input.unreadOnly && { readAt: null }),
      ...(input.cursor !== undefined && { id: { lt: input.cursor } }),
    },
    orderBy: { id: 'desc' },
    take: PAGE_SIZE + 1,
    select: notificationSelect,
  });
  const page = rows.slice(0, PAGE_SIZE);
  return {
    items: toNotificationViews(page),
    nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    unreadCount: await unreadCountOf(prisma, actor.id),
  };
}
