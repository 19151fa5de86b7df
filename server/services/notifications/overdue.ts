import type { PrismaClient } from '../../db/generated/client.js';
import { ACTIVE_BLOCKER_STATUSES } from '../../domain/blockers.js';
import { overdueDedupeKey, type NotificationParams } from '../../domain/notifications.js';
import type { Actor } from '../../domain/permissions.js';
import { fromIsoDate, toIsoDate } from '../views.js';

/**
 * Overdue notices are not written by any step (nothing happens when a date passes): each person's
 * come into being when they read their notifications. One per blocker and target date, however often
 * they read and however many tabs ask at once (the unique key makes a second insert a no-op).
 */
export async function ensureOverdueNotices({
  prisma,
  actor,
  today,
}: {
  prisma: PrismaClient;
  actor: Pick<Actor, 'id' | 'unitIds'>;
  today: string;
}): Promise<void> {
  if (actor.unitIds.length === 0) return;
  const overdue = await prisma.blocker.findMany({
    where: {
      status: { in: [...ACTIVE_BLOCKER_STATUSES] },
      targetDate: { lt: fromIsoDate(today) },
      project: { isArchived: false },
      OR: [{ responsibleUnitId: { in: actor.unitIds } }, { project: { ownerUnitId: { in: actor.unitIds } } }],
    },
    select: {
      id: true,
      category: true,
      level: true,
      status: true,
      targetDate: true,
      responsibleUnit: { select: { name: true } },
      project: { select: { id: true, code: true, name: true } },
    },
  });
  if (overdue.length === 0) return;
  await prisma.notification.createMany({
    skipDuplicates: true,
    data: overdue.map((blocker) => {
      const targetDate = toIsoDate(blocker.targetDate);
      const params: NotificationParams = {
        projectCode: blocker.project.code,
        projectName: blocker.project.name,
        category: blocker.category,
        level: blocker.level,
        status: blocker.status,
        responsibleUnit: blocker.responsibleUnit.name,
        targetDate,
        note: '',
      };
      return {
        userId: actor.id,
        kind: 'blocker.overdue',
        blockerId: blocker.id,
        projectId: blocker.project.id,
        params,
        createdOn: fromIsoDate(today),
        dedupeKey: overdueDedupeKey(blocker.id, targetDate),
      };
    }),
  });
}
