import type { Prisma } from '../../db/generated/client.js';
import {
  isNotificationKind,
  ZInvestmentReminderParams,
  ZNotificationParams,
  type NotificationKind,
} from '../../domain/notifications.js';
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

/**
 * A notice as the bell and the digest show it; null for a row this version cannot read (an unknown kind).
 * A reminder to report investment is about a unit and a month, the others about a blocker.
 */
export function toNotificationView(row: NotificationRow) {
  const base = {
    id: row.id,
    blockerId: row.blockerId,
    projectId: row.projectId,
    actorName: row.actorName,
    createdAt: row.createdAt,
    createdOn: toIsoDate(row.createdOn),
    isRead: row.readAt !== null,
  };
  if (row.kind === 'investment.reminder') {
    const params = ZInvestmentReminderParams.safeParse(row.params);
    return params.success ? { ...base, kind: 'investment.reminder' as const, params: params.data } : null;
  }
  const params = ZNotificationParams.safeParse(row.params);
  if (!isNotificationKind(row.kind) || !params.success) return null;
  return { ...base, kind: row.kind as Exclude<NotificationKind, 'investment.reminder'>, params: params.data };
}
export type NotificationView = NonNullable<ReturnType<typeof toNotificationView>>;

export function toNotificationViews(rows: NotificationRow[]): NotificationView[] {
  return rows.map(toNotificationView).filter((view) => view !== null);
}

export type BlockerNotificationView = Exclude<NotificationView, { kind: 'investment.reminder' }>;

/** A notice of a blocker's step or date, as opposed to a reminder to report investment. */
export function isBlockerNotice(view: NotificationView): view is BlockerNotificationView {
  return view.kind !== 'investment.reminder';
}
