import type { Prisma } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import { fromIsoDate } from '../../domain/dates.js';

export const auditSelect = {
  id: true,
  at: true,
  actorName: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  reason: true,
} as const;

export function whereOf(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
  const dayAfter = (iso: string) => new Date(fromIsoDate(iso).getTime() + 86_400_000);
  return {
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: filter.entityId }),
    ...(filter.actorName && { actorName: { contains: filter.actorName } }),
    ...(filter.action && { action: filter.action }),
    ...((filter.from || filter.to) && {
      at: { ...(filter.from && { gte: fromIsoDate(filter.from) }), ...(filter.to && { lt: dayAfter(filter.to) }) },
    }),
  };
}
