import type { Prisma } from '../db/generated/client.js';
import { AppError } from './app-error.js';

/**
 * The refusal of a save made on a stale version, naming who saved in between when we know it: by the
 * name colleagues know them by, falling back to the username the audit row kept (a deleted account).
 */
export async function staleVersionError(tx: Prisma.TransactionClient, project: { id: number; code: string }) {
  const last = await tx.auditEntry.findFirst({
    where: { entityType: 'project', entityId: String(project.id) },
    orderBy: { id: 'desc' },
    select: { actorId: true, actorName: true },
  });
  if (!last) return new AppError('CONFLICT', 'project.conflict', { code: project.code });
  const user =
    last.actorId === null
      ? null
      : await tx.user.findUnique({ where: { id: last.actorId }, select: { displayName: true } });
  return new AppError('CONFLICT', 'project.conflictBy', {
    code: project.code,
    by: user?.displayName ?? last.actorName,
  });
}
