import { stringify } from 'csv-stringify/sync';
import type { PrismaClient } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import { auditSelect, whereOf } from './audit-query.js';

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
