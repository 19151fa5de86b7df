import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { loadMeetingState } from './load-meeting.js';

/** Starts the meeting: the agenda is frozen as it is, and decisions may be recorded. */
export async function startMeeting({ prisma, actor, id }: { prisma: PrismaClient; actor: Actor; id: number }) {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    const meeting = await loadMeetingState(tx, id);
    if (meeting.status !== 'draft') throw new AppError('CONFLICT', 'meeting.alreadyStarted', { title: meeting.title });
    const { count } = await tx.meeting.updateMany({
      where: { id, status: 'draft' },
      data: { status: 'running', startedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'meeting.alreadyStarted', { title: meeting.title });
    const agenda = await tx.agendaItem.findMany({
      where: { meetingId: id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, title: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'start',
      entityType: 'meeting',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'running', agenda },
    });
    return { id };
  });
}
