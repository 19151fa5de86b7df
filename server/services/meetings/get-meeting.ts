import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../shared/app-error.js';
import { meetingSelect, toMeetingView } from './meeting-view.js';

/** A meeting with its agenda (in order) and its decisions. */
export async function getMeeting({ prisma, today, id }: { prisma: PrismaClient; today: string; id: number }) {
  const row = await prisma.meeting.findUnique({ where: { id }, select: meetingSelect });
  if (!row) throw new AppError('NOT_FOUND', 'meeting.notFound', { id });
  return toMeetingView(row, today);
}
