import type { Prisma } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

export interface AuditInput {
  actor: Pick<Actor, 'id' | 'username'> | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string;
}

type Json = Prisma.InputJsonValue;

/** Written inside the caller's transaction, so a change and its audit row stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.username ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      ...(entry.before && { before: entry.before as Json }),
      ...(entry.after && { after: entry.after as Json }),
      reason: entry.reason ?? '',
    },
  });
}

/** The fields of `after` that differ from `before`, as a before/after pair. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}
