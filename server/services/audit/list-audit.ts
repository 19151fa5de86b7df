import type { PrismaClient } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import { auditSelect, whereOf } from './audit-query.js';

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
  const entries = await prisma.auditEntry.findMany({
    where: { ...whereOf(filter), ...(beforeId && { id: { lt: beforeId } }) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: auditSelect,
  });
  return { entries: entries.slice(0, limit), hasMore: entries.length > limit };
}
