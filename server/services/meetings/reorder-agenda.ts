import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZAgendaReorder } from '../../domain/meeting-input.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { lockMeeting } from './load-meeting.js';

/** Puts the draft agenda in the order given; the list must name every item exactly once. */
export async function reorderAgenda({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZAgendaReorder>;
}) {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    await lockMeeting(tx, input.meetingId, 'draft');
    const items = await tx.agendaItem.findMany({
      where: { meetingId: input.meetingId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    const current = items.map((i) => i.id);
    const wanted = input.itemIds;
    const isPermutation =
      wanted.length === current.length &&
      new Set(wanted).size === wanted.length &&
      wanted.every((id) => current.includes(id));
    if (!isPermutation) throw new AppError('CONFLICT', 'meeting.agendaMismatch');
    for (const [position, id] of wanted.entries()) {
      await tx.agendaItem.update({ where: { id }, data: { position }, select: { id: true } });
    }
    await recordAudit(tx, {
      actor,
      action: 'agenda.reorder',
      entityType: 'meeting',
      entityId: input.meetingId,
      before: { order: current },
      after: { order: wanted },
    });
    return { itemIds: wanted };
  });
}
