import type { Prisma } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

export const BOARD_CHANNEL = 'backplan_board';
const EVENT_ORDER_LOCK = 0x65766e74; // 'evnt'

export type BoardEventKind =
  | 'project.created'
  | 'project.updated'
  | 'project.moved'
  /** A blocker of the project was raised or took a step: its card, and the blocker screens and notices. */
  | 'blocker.stepped'
  | 'calendar.changed'
  | 'units.changed'
  | 'stageLimits.changed'
  | 'investmentSettings.changed';

/**
 * Appends the event inside the writer's transaction and notifies listeners when it commits.
 * The payload is only the id (NOTIFY caps payloads, and a missed notification is caught up from the table).
 */
export async function recordBoardEvent(
  tx: Prisma.TransactionClient,
  event: { kind: BoardEventKind; projectId?: number; actor: Pick<Actor, 'username'> | null },
): Promise<void> {
  // Ids must commit in order, or a reader catching up "after id N" could skip a slower writer's N-1.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`;
  const { id } = await tx.boardEvent.create({
    data: { kind: event.kind, projectId: event.projectId ?? null, actorName: event.actor?.username ?? '' },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${String(id)})`;
}
