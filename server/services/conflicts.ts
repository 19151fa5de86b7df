import type { Prisma } from '../db/generated/client.js';
import { AppError } from './app-error.js';

/**
 * Who last changed an entity, by the name colleagues know them by, falling back to the username the
 * audit row kept (a deleted account); null when nobody has yet.
 */
export async function lastChangedBy(
  tx: Prisma.TransactionClient,
  entity: { type: 'project' | 'blocker'; id: number },
): Promise<string | null> {
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

/** The refusal of a save made on a stale version, naming who saved in between when we know it. */
export async function staleVersionError(tx: Prisma.TransactionClient, project: { id: number; code: string }) {
  const by = await lastChangedBy(tx, { type: 'project', id: project.id });
  return by
    ? new AppError('CONFLICT', 'project.conflictBy', { code: project.code, by })
    : new AppError('CONFLICT', 'project.conflict', { code: project.code });
}
