import type { Prisma } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';

/** The action item's state, once the caller may work on it (its owner unit, or an admin). */
export async function loadActionItemFor(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: number,
  permission: 'workActionItem' | 'runMeeting',
) {
  const item = await tx.actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      status: true,
      version: true,
      dueDate: true,
      ownerUnitId: true,
      ownerUnit: { select: { name: true } },
    },
  });
  if (!item) throw new AppError('NOT_FOUND', 'actionItem.notFound', { id });
  authorize(actor, permission, { ownerUnitId: item.ownerUnitId, ownerUnitName: item.ownerUnit.name });
  return item;
}

/**
 * Writes the step only if the item is still in the status it was read in (the condition takes the row
 * lock, so a close and a note, or two closes, from two people cannot both pass).
 */
export async function writeActionItem(
  tx: Prisma.TransactionClient,
  item: { id: number; text: string; status: 'open' | 'closed' },
  data: Prisma.ActionItemUpdateManyMutationInput,
) {
  const { count } = await tx.actionItem.updateMany({
    where: { id: item.id, status: item.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    throw new AppError('CONFLICT', item.status === 'open' ? 'actionItem.alreadyClosed' : 'actionItem.notClosed', {
      text: item.text,
    });
  }
}
