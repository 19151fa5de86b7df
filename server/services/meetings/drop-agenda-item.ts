import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZAgendaDrop } from '../../domain/meeting-input.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { lockMeeting } from './load-meeting.js';

/** Takes an item off the draft agenda (the audit trail keeps what it was). */
export async function dropAgendaItem({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZAgendaDrop>;
}) {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    await lockMeeting(tx, input.meetingId, 'draft');
    const item = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { id: true, kind: true, title: true, projectId: true, actionItemId: true },
    });
    if (!item) throw new AppError('NOT_FOUND', 'meeting.agendaItemNotFound', { id: input.itemId });
    await tx.agendaItem.delete({ where: { id: item.id } });
    await recordAudit(tx, {
      actor,
      action: 'agenda.drop',
      entityType: 'meeting',
      entityId: input.meetingId,
      before: {
        itemId: item.id,
        kind: item.kind,
        title: item.title,
        projectId: item.projectId,
        actionItemId: item.actionItemId,
      },
    });
    return { id: item.id };
  });
}
