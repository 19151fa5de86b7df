import type { Prisma } from '../../db/generated/client.js';
import type { ErrorParams } from '../../domain/error-messages.js';
import { AppError } from './app-error.js';

type Entity = { type: 'project' | 'blocker'; id: number };

/**
 * Who last changed an entity, by the name colleagues know them by, falling back to the username the
 * audit row kept (a deleted account); null when nobody has yet.
 */
export async function lastChangedBy(tx: Prisma.TransactionClient, entity: Entity): Promise<string | null> {
  const last = await tx.auditEntry.findFirst({
    where: { entityType: entity.type, entityId: String(entity.id) },
    orderBy: { id: 'desc' },
    select: { actorId: true, actorName: true },
  });
  if (!last) return null;
  const user =
    last.actorId === null
      ? null
      : await tx.user.findUnique({ where: { id: last.actorId }, select: { displayName: true } });
  return user?.displayName ?? last.actorName;
}

/**
 * The refusal of a save made on a stale version (a project, its plan, or a blocker), naming who saved
 * in between when we know it. `projectCode` is the project's, a blocker's too: that is how people know it.
 */
export async function staleVersionError(
  tx: Prisma.TransactionClient,
  entity: Entity & { projectCode: string },
): Promise<AppError> {
  const by = await lastChangedBy(tx, entity);
  const params: ErrorParams =
    entity.type === 'project' ? { code: entity.projectCode } : { project: entity.projectCode };
  return by
    ? new AppError('CONFLICT', `${entity.type}.conflictBy`, { ...params, by })
    : new AppError('CONFLICT', `${entity.type}.conflict`, params);
}
