import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { fromIsoDate } from '../../domain/dates.js';
import { getActionItem } from './get-action-item.js';
import { loadActionItemFor, writeActionItem } from './load-action-item.js';

/** Adds a progress note to an open action item (its owner unit, or an admin). */
export async function updateActionItem({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  input: { id: number; note: string };
}) {
  await prisma.$transaction(async (tx) => {
    const item = await loadActionItemFor(tx, actor, input.id, 'workActionItem');
    if (item.status !== 'open') throw new AppError('CONFLICT', 'actionItem.alreadyClosed', { text: item.text });
    await writeActionItem(tx, item, {});
    await tx.actionItemNote.create({
      data: {
        actionItemId: item.id,
        kind: 'progress',
        text: input.note,
        authorId: actor.id,
        authorName: actor.displayName,
        on: fromIsoDate(today),
      },
    });
    await recordAudit(tx, {
      actor,
      action: 'progress',
      entityType: 'actionItem',
      entityId: item.id,
      reason: input.note,
    });
  });
  return getActionItem({ prisma, today, id: input.id });
}
