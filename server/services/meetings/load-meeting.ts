import type { Prisma } from '../../db/generated/client.js';
import { AppError } from '../shared/app-error.js';
import { toIsoDate } from '../../domain/dates.js';

/** The meeting's state before a change: refuses a missing one, and (with `status`) one in another state. */
export async function loadMeetingState(tx: Prisma.TransactionClient, id: number, status?: 'draft' | 'running') {
  const meeting = await tx.meeting.findUnique({
    where: { id },
    select: { id: true, title: true, heldOn: true, status: true, version: true },
  });
  if (!meeting) throw new AppError('NOT_FOUND', 'meeting.notFound', { id });
  if (status === 'draft' && meeting.status !== 'draft') {
    throw new AppError('CONFLICT', 'meeting.notDraft', { title: meeting.title });
  }
  if (status === 'running' && meeting.status !== 'running') {
    throw new AppError('CONFLICT', 'meeting.notRunning', { title: meeting.title });
  }
  return { ...meeting, heldOn: toIsoDate(meeting.heldOn) };
}

/**
 * Takes the meeting's row lock while it is in `status` (bumping its version), so agenda edits, decisions
 * and the start cannot interleave: a start that commits first makes a later agenda edit fail here.
 */
export async function lockMeeting(tx: Prisma.TransactionClient, id: number, status: 'draft' | 'running') {
  const { count } = await tx.meeting.updateMany({ where: { id, status }, data: { version: { increment: 1 } } });
  const meeting = await loadMeetingState(tx, id, count === 1 ? undefined : status);
  return meeting;
}
