import { Prisma } from '../../db/generated/client.js';
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

const jsonOrNull = (value: Record<string, unknown> | null | undefined) =>
  value ? Prisma.sql`${JSON.stringify(value)}::jsonb` : Prisma.sql`NULL`;

/**
 * The audit row's INSERT, also for a statement that does more in the same round trip (record-change.ts):
 * with `from`, one row for each row of that CTE (none when it has none). Times are UTC, as Prisma keeps
 * every DateTime, whatever the database's time zone.
 */
export function auditInsert(entry: AuditInput, from?: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEntry" ("at", "actorId", "actorName", "action", "entityType", "entityId", "before", "after", "reason")
    SELECT now() AT TIME ZONE 'UTC', ${entry.actor?.id ?? null}::integer, ${entry.actor?.username ?? 'system'},
      ${entry.action}, ${entry.entityType}, ${String(entry.entityId)},
      ${jsonOrNull(entry.before)}, ${jsonOrNull(entry.after)}, ${entry.reason ?? ''}
    ${from ? Prisma.raw(`FROM "${from}"`) : Prisma.empty}`;
}

/** Written inside the caller's transaction, so a change and its audit row stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await tx.$executeRaw(auditInsert(entry));
}

/** The fields of `after` that differ from `before`, as a before/after pair. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}
