import type { PrismaClient } from '../../db/generated/client.js';
import { blockerSelect } from '../../db/selects.js';
import { ACTIVE_BLOCKER_STATUSES, byUrgency } from '../../domain/blockers.js';
import type { Actor } from '../../domain/permissions.js';
import { toBlockerView } from './blocker-view.js';

/**
 * The blockers the actor's unit(s) must clear, overdue first, then by the nearest target date.
 * Someone who answers for no unit (an administrator, a viewer) has none.
 */
export async function myUnitBlockers({ prisma, actor, today }: { prisma: PrismaClient; actor: Actor; today: string }) {
  const [units, rows] = await Promise.all([
    prisma.ownerUnit.findMany({
      where: { id: { in: actor.unitIds } },
      orderBy: { id: 'asc' },
      select: { id: true, name: true },
    }),
    prisma.blocker.findMany({
      where: {
        responsibleUnitId: { in: actor.unitIds },
        status: { in: [...ACTIVE_BLOCKER_STATUSES] },
        project: { isArchived: false },
      },
      select: blockerSelect,
    }),
  ]);
  return { units, blockers: byUrgency(rows.map((row) => toBlockerView(row, today))) };
}
