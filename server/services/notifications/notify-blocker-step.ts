import type { Prisma } from '../../db/generated/client.js';
import type { BlockerStep } from '../../domain/blockers.js';
import { notificationKindOf, stepRecipients, type NotificationParams } from '../../domain/notifications.js';
import type { Actor } from '../../domain/permissions.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';

/** What a notice about a blocker reads of it: its params, and whose units it concerns. */
export const noticeBlockerSelect = {
  id: true,
  category: true,
  level: true,
  status: true,
  targetDate: true,
  responsibleUnit: { select: { id: true, name: true } },
  project: { select: { id: true, code: true, name: true, ownerUnitId: true } },
} as const;

/**
 * Tells everyone concerned that a blocker was raised or took a step, inside the step's transaction
 * (the notices stand or fall with the step). Call it after the blocker's row is written.
 */
export async function notifyBlockerStep(
  tx: Prisma.TransactionClient,
  {
    actor,
    today,
    blockerId,
    step,
    note = '',
  }: {
    actor: Pick<Actor, 'id' | 'displayName'>;
    today: string;
    blockerId: number;
    step: 'raise' | BlockerStep;
    note?: string;
  },
): Promise<void> {
  const blocker = await tx.blocker.findUniqueOrThrow({
    where: { id: blockerId },
    select: noticeBlockerSelect,
  });
  const kind = notificationKindOf(step);
  const unitIds = [blocker.responsibleUnit.id, blocker.project.ownerUnitId];
  const people = await tx.user.findMany({
    where: {
      isDisabled: false,
      OR: [
        { units: { some: { unitId: { in: unitIds } } } },
        ...(kind === 'blocker.escalated' ? [{ role: 'admin' as const }] : []),
      ],
    },
    select: { id: true, role: true, isDisabled: true, units: { select: { unitId: true } } },
  });
  const recipients = stepRecipients(
    people.map((person) => ({ ...person, unitIds: person.units.map((unit) => unit.unitId) })),
    {
      kind,
      actorId: actor.id,
      responsibleUnitId: blocker.responsibleUnit.id,
      ownerUnitId: blocker.project.ownerUnitId,
    },
  );
  if (recipients.length === 0) return;
  const params = blockerNoticeParams(blocker, note);
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      kind,
      blockerId: blocker.id,
      projectId: blocker.project.id,
      actorName: actor.displayName,
      params,
      createdOn: fromIsoDate(today),
    })),
  });
}

/** What a notice about this blocker carries, to be written out in the reader's language. */
export function blockerNoticeParams(
  blocker: {
    category: NotificationParams['category'];
    level: NotificationParams['level'];
    status: NotificationParams['status'];
    targetDate: Date;
    responsibleUnit: { name: string };
    project: { code: string; name: string };
  },
  note = '',
): NotificationParams {
  return {
    projectCode: blocker.project.code,
    projectName: blocker.project.name,
    category: blocker.category,
    level: blocker.level,
    status: blocker.status,
    responsibleUnit: blocker.responsibleUnit.name,
    targetDate: toIsoDate(blocker.targetDate),
    note,
  };
}
