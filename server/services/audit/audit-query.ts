import type { Prisma } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import { BUREAU_OFFSET_MS } from '../../domain/bureau-time.js';
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

/** Midnight of an ISO date in the bureau's time zone: the filter's days are the bureau's days. */
function bureauMidnight(iso: string): Date {
  return new Date(fromIsoDate(iso).getTime() - BUREAU_OFFSET_MS);
}

/**
 * A blocker's step is written twice: on the blocker, and as `blocker.<step>` on its project, which is
 * the project's history. The log shows each step once (the blocker's entry), except when it is asked
 * for a project's entries, where the project's copy is the step.
 */
function actionWhere(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
  const isProjectLog = filter.entityType === 'project';
  if (filter.action) {
    const bare = filter.action.replace(/^blocker\./, '');
    return { action: isProjectLog ? { in: [bare, `blocker.${bare}`] } : filter.action };
  }
  return isProjectLog ? {} : { NOT: { action: { startsWith: 'blocker.' } } };
}

export function whereOf(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
  const dayAfter = (iso: string) => new Date(bureauMidnight(iso).getTime() + 86_400_000);
  return {
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: filter.entityId }),
    ...(filter.actorName && { actorName: { contains: filter.actorName } }),
    ...actionWhere(filter),
    ...((filter.from || filter.to) && {
      at: { ...(filter.from && { gte: bureauMidnight(filter.from) }), ...(filter.to && { lt: dayAfter(filter.to) }) },
    }),
  };
}
