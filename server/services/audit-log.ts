import { stringify } from 'csv-stringify/sync';
import type { Prisma, PrismaClient } from '../db/generated/client.js';
import type { TAuditFilter } from '../domain/audit-input.js';
import { fromIsoDate } from './views.js';

const auditSelect = {
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

function whereOf(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
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

const PROJECT_HISTORY_PAGE = 50;

/** A project's history a page at a time, newest first, with the cursor of the next (older) page. */
export async function projectHistory({
  prisma,
  projectId,
  cursor,
}: {
  prisma: PrismaClient;
  projectId: string;
  cursor?: number | undefined;
}) {
  const page = await listAudit({
    prisma,
    filter: { entityType: 'project', entityId: projectId },
    limit: PROJECT_HISTORY_PAGE,
    ...(cursor !== undefined && { beforeId: cursor }),
  });
  return { entries: page.entries, nextCursor: page.hasMore ? (page.entries.at(-1)?.id ?? null) : null };
}

/** The whole filtered log as CSV (UTF-8 with a byte-order mark, so Excel shows Chinese right). */
export async function auditCsv({ prisma, filter }: { prisma: PrismaClient; filter: TAuditFilter }): Promise<string> {
  const entries = await prisma.auditEntry.findMany({
    where: whereOf(filter),
    orderBy: { id: 'asc' },
    select: auditSelect,
  });
  const rows = entries.map((e) => [
    e.id,
    e.at.toISOString(),
    e.actorName,
    e.action,
    e.entityType,
    e.entityId,
    e.before === null ? '' : JSON.stringify(e.before),
    e.after === null ? '' : JSON.stringify(e.after),
    e.reason,
  ]);
  const header = ['id', 'at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after', 'reason'];
  // Names typed at sign-in land here unchecked: a cell starting with = + - @ gets a leading ' so that a
  // spreadsheet shows it as text instead of running it as a formula.
  return '\uFEFF' + stringify([header, ...rows], { escape_formulas: true });
}
