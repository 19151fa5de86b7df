import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { loadMeetingState } from './load-meeting.js';

/** Ends a running meeting; its minutes are then final. */
export async function finishMeeting({ prisma, actor, id }: { prisma: PrismaClient; actor: Actor; id: number }) {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    const meeting = await loadMeetingState(tx, id, 'running');
    const { count } = await tx.meeting.updateMany({
      where: { id, status: 'running' },
      data: { status: 'finished', finishedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'meeting.notRunning', { title: meeting.title });
    await recordAudit(tx, {
      actor,
      action: 'finish',
      entityType: 'meeting',
      entityId: id,
      before: { status: 'running' },
      after: { status: 'finished' },
    });
    return { id };
  });
}
