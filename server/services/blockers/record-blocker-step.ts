import type { Prisma } from '../../db/generated/client.js';
import { blockerSelect } from '../../db/selects.js';
import type { BlockerStep } from '../../domain/blockers.js';
import type { Actor } from '../../domain/permissions.js';
import { notifyBlockerStep } from '../notifications/notify-blocker-step.js';
import { recordAudit } from '../shared/record-audit.js';
import { recordChange } from '../shared/record-change.js';
import { toBlockerView } from './blocker-view.js';

/**
 * Everything a blocker's step leaves behind once its row is written, in the step's transaction: the
 * audit row that is the blocker's history, one in its project's history, the board event (the card's
 * badge changes), the notices; returns the blocker as the lists show it.
 */
export async function recordBlockerStep(
  tx: Prisma.TransactionClient,
  {
    actor,
    today,
    blockerId,
    projectId,
    step,
    before,
    after,
    note = '',
  }: {
    actor: Actor;
    today: string;
    blockerId: number;
    projectId: number;
    step: 'raise' | BlockerStep;
    before?: Record<string, unknown>;
    after: Record<string, unknown>;
    /** Why: the escalation note, the resolution, the withdrawal or reopening reason. */
    note?: string;
  },
) {
  await recordAudit(tx, {
    actor,
    action: step,
    entityType: 'blocker',
    entityId: blockerId,
    before,
    after,
    reason: note,
  });
  await recordChange(tx, {
    actor,
    action: `blocker.${step}`,
    entityType: 'project',
    entityId: projectId,
    before: before && { blockerId, ...before },
    after: { blockerId, ...after },
    reason: note,
    event: 'blocker.stepped',
    projectId,
  });
  await notifyBlockerStep(tx, { actor, today, blockerId, step, note });
  return toBlockerView(await tx.blocker.findUniqueOrThrow({ where: { id: blockerId }, select: blockerSelect }), today);
}
