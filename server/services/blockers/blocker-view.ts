import type { Prisma } from '../../db/generated/client.js';
import type { BlockerRow } from '../../db/selects.js';
import {
  blockerAgeDays,
  isBlockerOverdue,
  type BlockerLevel,
  type BlockerStatus,
  type BlockerStep,
} from '../../domain/blockers.js';
import { toIsoDate } from '../../domain/dates.js';

/** A blocker as the lists, the project page and the export show it: dates as 'YYYY-MM-DD', age and lateness as of today. */
export function toBlockerView(row: BlockerRow, today: string) {
  const targetDate = toIsoDate(row.targetDate);
  const raisedOn = toIsoDate(row.raisedOn);
  const closedOn = row.closedOn ? toIsoDate(row.closedOn) : null;
  return {
    id: row.id,
    version: row.version,
    project: row.project,
    category: row.category,
    description: row.description,
    responsibleUnit: row.responsibleUnit,
    level: row.level,
    status: row.status,
    targetDate,
    raisedOn,
    raisedAt: row.raisedAt,
    raisedBy: { id: row.raisedById, name: row.raisedByName },
    closedOn,
    closedAt: row.closedAt,
    resolution: row.resolution,
    withdrawalReason: row.withdrawalReason,
    /** Calendar days from raisedOn to today, or to the day it was closed. */
    ageDays: blockerAgeDays(raisedOn, closedOn ?? today),
    isOverdue: isBlockerOverdue({ status: row.status, targetDate }, today),
  };
}
export type BlockerView = ReturnType<typeof toBlockerView>;

/** One step in a blocker's history, read back from its audit row. */
export interface BlockerStepView {
  at: Date;
  actorName: string;
  step: 'raise' | BlockerStep;
  fromStatus: BlockerStatus | null;
  toStatus: BlockerStatus | null;
  fromLevel: BlockerLevel | null;
  toLevel: BlockerLevel | null;
  targetDate: string | null;
  note: string;
}

function field(json: Prisma.JsonValue | null, key: string): string | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const value = json[key];
  return typeof value === 'string' ? value : null;
}

/** The history of each blocker, oldest step first (the audit log is the history: one row per step). */
export async function blockerSteps(
  db: Pick<Prisma.TransactionClient, 'auditEntry'>,
  blockerIds: number[],
): Promise<Map<number, BlockerStepView[]>> {
  const entries = await db.auditEntry.findMany({
    where: { entityType: 'blocker', entityId: { in: blockerIds.map(String) } },
    orderBy: { id: 'asc' },
    select: { entityId: true, at: true, actorName: true, action: true, before: true, after: true, reason: true },
  });
  const steps = new Map<number, BlockerStepView[]>(blockerIds.map((id) => [id, []]));
  for (const entry of entries) {
    const after = entry.after;
    steps.get(Number(entry.entityId))?.push({
      at: entry.at,
      actorName: entry.actorName,
      step: entry.action as BlockerStepView['step'],
      fromStatus: field(entry.before, 'status') as BlockerStatus | null,
      toStatus: field(after, 'status') as BlockerStatus | null,
      fromLevel: field(entry.before, 'level') as BlockerLevel | null,
      toLevel: field(after, 'level') as BlockerLevel | null,
      targetDate: field(after, 'targetDate'),
      note: entry.reason,
    });
  }
  return steps;
}
