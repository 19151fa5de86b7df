import type { PrismaClient } from '../../db/generated/client.js';
import { ACTIVE_BLOCKER_STATUSES } from '../../domain/blockers.js';
import { addDays, DUE_SOON_DAYS, groupByStep, STEP_NOTIFICATION_KINDS } from '../../domain/notifications.js';
import type { Actor } from '../../domain/permissions.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { unitActionItemsDue } from '../action-items/due-action-items.js';
import { isBlockerNotice, notificationSelect, toNotificationViews } from './notification-view.js';

/**
 * The daily digest: what happened on `date` that concerns the caller, grouped by step, and, as of
 * today, what of their units' blockers is overdue and what falls due in the next week.
 */
export async function notificationDigest({
  prisma,
  actor,
  today,
  date = today,
}: {
  prisma: PrismaClient;
  actor: Pick<Actor, 'id' | 'unitIds'>;
  today: string;
  date?: string | undefined;
}) {
  const [rows, blockers] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: actor.id, createdOn: fromIsoDate(date), kind: { in: [...STEP_NOTIFICATION_KINDS] } },
      orderBy: { id: 'desc' },
      select: notificationSelect,
    }),
    actor.unitIds.length === 0
      ? Promise.resolve([])
      : prisma.blocker.findMany({
          where: {
            status: { in: [...ACTIVE_BLOCKER_STATUSES] },
            targetDate: { lte: fromIsoDate(addDays(today, DUE_SOON_DAYS)) },
            project: { isArchived: false },
            OR: [{ responsibleUnitId: { in: actor.unitIds } }, { project: { ownerUnitId: { in: actor.unitIds } } }],
          },
          orderBy: [{ targetDate: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            category: true,
            level: true,
            description: true,
            targetDate: true,
            responsibleUnit: { select: { name: true } },
            project: { select: { id: true, code: true, name: true } },
          },
        }),
  ]);
  const due = blockers.map((blocker) => ({
    blockerId: blocker.id,
    project: blocker.project,
    category: blocker.category,
    level: blocker.level,
    description: blocker.description,
    responsibleUnit: blocker.responsibleUnit.name,
    targetDate: toIsoDate(blocker.targetDate),
  }));
  return {
    date,
    today,
    /** The caller's units' open action items: past their due date, and due within the coming week. */
    actionItems: await unitActionItemsDue({
      prisma,
      unitIds: actor.unitIds,
      today,
      until: addDays(today, DUE_SOON_DAYS),
    }),
    groups: groupByStep(toNotificationViews(rows).filter(isBlockerNotice)),
    overdue: due.filter((blocker) => blocker.targetDate < today),
    dueSoon: due.filter((blocker) => blocker.targetDate >= today),
  };
}
