import type { Prisma } from '../db/generated/client.js';
import { AppError } from './app-error.js';

/** The refusal of a save made on a stale version, naming who saved in between when we know it. */
export async function staleVersionError(tx: Prisma.TransactionClient, project: { id: number; code: string }) {
  const last = await tx.auditEntry.findFirst({
    where: { entityType: 'project', entityId: String(project.id) },
    orderBy: { id: 'desc' },
    select: { actorName: true },
  });
  return last
    ? new AppError('CONFLICT', 'project.conflictBy', { code: project.code, by: last.actorName })
    : new AppError('CONFLICT', 'project.conflict', { code: project.code });
}
