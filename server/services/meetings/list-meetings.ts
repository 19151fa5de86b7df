import type { PrismaClient } from '../../db/generated/client.js';
import { toIsoDate } from '../../domain/dates.js';

/** Meetings, latest first, with how many agenda items and decisions each has. */
export async function listMeetings({
  prisma,
  status,
}: {
  prisma: PrismaClient;
  status?: 'draft' | 'running' | 'finished' | undefined;
}) {
  const rows = await prisma.meeting.findMany({
    where: status ? { status } : {},
    orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      heldOn: true,
      title: true,
      status: true,
      _count: { select: { agendaItems: true, actionItems: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    heldOn: toIsoDate(row.heldOn),
    title: row.title,
    status: row.status,
    agendaItems: row._count.agendaItems,
    decisions: row._count.actionItems,
  }));
}
