import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { unreadCountOf } from './list-notifications.js';

/**
 * Marks the caller's notices read: the given ones, or all of them. Ids that are not the caller's
 * are passed over (they are nobody else's business to learn about either way).
 */
export async function markNotificationsRead({
  prisma,
  actor,
  ids,
}: {
  prisma: PrismaClient;
  actor: Pick<Actor, 'id'>;
  /** Leave out to mark everything read. */
  ids?: number[];
}) {
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids && { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { marked: count, unreadCount: await unreadCountOf(prisma, actor.id) };
}
