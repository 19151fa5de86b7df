import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { fromIsoDate } from '../../domain/dates.js';
import { getActionItem } from './get-action-item.js';
import { loadActionItemFor, writeActionItem } from './load-action-item.js';

/** An admin reopens a closed action item: it is open again, and returns on the next agenda. */
export async function reopenActionItem({
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
    const item = await loadActionItemFor(tx, actor, input.id, 'runMeeting');
    if (item.status !== 'closed') throw new AppError('CONFLICT', 'actionItem.notClosed', { text: item.text });
    await writeActionItem(tx, item, { status: 'open', closedAt: null, closedOn: null, closingNote: '' });
    await tx.actionItemNote.create({
      data: {
        actionItemId: item.id,
        kind: 'reopen',
        text: input.note,
        authorId: actor.id,
        authorName: actor.displayName,
        on: fromIsoDate(today),
      },
    });
    await recordAudit(tx, {
      actor,
      action: 'reopen',
      entityType: 'actionItem',
      entityId: item.id,
      before: { status: 'closed' },
      after: { status: 'open' },
      reason: input.note,
    });
  });
  return getActionItem({ prisma, today, id: input.id });
}
