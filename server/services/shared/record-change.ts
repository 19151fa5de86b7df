import type { Prisma } from '../../db/generated/client.js';
import { recordAudit, type AuditInput } from './record-audit.js';
import { recordBoardEvent, type BoardEventKind } from './record-board-event.js';

export interface ChangeInput extends AuditInput {
  /** What the board hears; a project's change names the project so readers re-read only it. */
  event: BoardEventKind;
  projectId?: number;
}

/**
 * A change every open board must see: its audit row and its board event, in the caller's
 * transaction, so the change, its history and the live update stand or fall together.
 */
export async function recordChange(tx: Prisma.TransactionClient, { event, projectId, ...entry }: ChangeInput) {
  await recordAudit(tx, entry);
  await recordBoardEvent(tx, { kind: event, actor: entry.actor, ...(projectId !== undefined && { projectId }) });
}
