import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZNotificationList } from '../../domain/notification-input.js';
import type { Actor } from '../../domain/permissions.js';
import { notificationSelect, toNotificationViews } from './notification-view.js';

const PAGE_SIZE = 20;

export function unreadCountOf(prisma: PrismaClient, userId: number): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** The caller's notices, newest first, a page at a time, with how many are unread. */
export async function listNotifications({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Pick<Actor, 'id'>;
  input: z.output<typeof ZNotificationList>;
}) {
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
