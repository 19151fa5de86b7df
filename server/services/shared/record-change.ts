import { Prisma } from '../../db/generated/client.js';
import { auditInsert, type AuditInput } from './record-audit.js';
import { boardEventStatement, type BoardEventKind } from './record-board-event.js';

export interface ChangeInput extends AuditInput {
  /** What the board hears; a project's change names the project so readers re-read only it. */
  event: BoardEventKind;
  projectId?: number;
}

/**
 * A change every open board must see: its audit row and its board event, in the caller's
 * transaction and one statement, so the change, its history and the live update stand or fall together.
 */
export async function recordChange(tx: Prisma.TransactionClient, change: ChangeInput) {
  await tx.$executeRaw(changeStatement(change));
}

/**
 * The statement of `recordChange`, after the caller's own data-modifying CTEs (`alongside`); with
 * `onlyIf`, the change is recorded only when that CTE returns a row. It returns one row when recorded.
 * `place`: see boardEventStatement.
 */
export function changeStatement(
  { event, projectId, ...entry }: ChangeInput,
  { alongside = Prisma.empty, onlyIf, place }: { alongside?: Prisma.Sql; onlyIf?: string; place?: Prisma.Sql } = {},
): Prisma.Sql {
  const audit = Prisma.sql`${alongside} "audit" AS (${auditInsert(entry, onlyIf)}),`;
  return boardEventStatement(
    { kind: event, actor: entry.actor, ...(projectId !== undefined && { projectId }) },
    { alongside: audit, ...(onlyIf !== undefined && { onlyIf }), ...(place && { place }) },
  );
}
