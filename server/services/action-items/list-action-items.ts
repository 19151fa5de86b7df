import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { actionItemSelect, toActionItemView } from '../meetings/meeting-view.js';
import { fromIsoDate } from '../../domain/dates.js';

/** Action items, overdue first, then by due date; `mine`: those of the caller's units. */
export async function listActionItems({
  prisma,
  actor,
  today,
  filter,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  filter: {
    status?: 'open' | 'closed' | undefined;
    ownerUnitId?: number | undefined;
    mine?: boolean | undefined;
    meetingId?: number | undefined;
  };
}) {
  const where: Prisma.ActionItemWhereInput = {
    ...(filter.status && { status: filter.status }),
    ...(filter.meetingId !== undefined && { meetingId: filter.meetingId }),
    ...(filter.ownerUnitId !== undefined && { ownerUnitId: filter.ownerUnitId }),
    ...(filter.mine && { ownerUnitId: { in: actor.unitIds } }),
  };
  const rows = await prisma.actionItem.findMany({
    where,
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    select: actionItemSelect,
  });
  const todayDate = fromIsoDate(today);
  const isLate = (r: (typeof rows)[number]) => r.status === 'open' && r.dueDate < todayDate;
  return rows.sort((a, b) => Number(isLate(b)) - Number(isLate(a))).map((row) => toActionItemView(row, today));
}
