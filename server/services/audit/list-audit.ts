import type { PrismaClient } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import { auditSelect, whereOf } from './audit-query.js';
import { loadAuditNames } from './audit-names.js';

/** A page of the filtered log, newest first, with the names of everything the page mentions. */
export async function listAudit({
  prisma,
  filter,
  beforeId,
  limit,
}: {
  prisma: PrismaClient;
  filter: TAuditFilter;
  beforeId?: number;
  limit: number;
}) {
  const rows = await prisma.auditEntry.findMany({
    where: { ...whereOf(filter), ...(beforeId && { id: { lt: beforeId } }) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: auditSelect,
  });
  const entries = rows.slice(0, limit);
  return { entries, names: await loadAuditNames(prisma, entries), hasMore: rows.length > limit };
}
