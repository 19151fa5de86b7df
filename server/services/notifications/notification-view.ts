import type { Prisma } from '../../db/generated/client.js';
import { isNotificationKind, ZNotificationParams } from '../../domain/notifications.js';
import { toIsoDate } from '../../domain/dates.js';

export const notificationSelect = {
  id: true,
  kind: true,
  blockerId: true,
  projectId: true,
  actorName: true,
  params: true,
  createdAt: true,
  createdOn: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;
type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

/** A notice as the bell and the digest show it; null for a row this version cannot read (an unknown kind). */
export function toNotificationView(row: NotificationRow) {
  const params = ZNotificationParams.safeParse(row.params);
  if (!isNotificationKind(row.kind) || !params.success) return null;
  return {
    id: row.id,
    kind: row.kind,
    blockerId: row.blockerId,
    projectId: row.projectId,
    actorName: row.actorName,
    params: params.data,
    createdAt: row.createdAt,
    createdOn: toIsoDate(row.createdOn),
    isRead: row.readAt !== null,
  };
}
export type NotificationView = NonNullable<ReturnType<typeof toNotificationView>>;

export function toNotificationViews(rows: NotificationRow[]): NotificationView[] {
  return rows.map(toNotificationView).filter((view) => view !== null);
}
