import type { PrismaClient } from '../../db/generated/client.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';

/** Open action items of these units due by `until`: the overdue ones, and those still on time. */
export async function unitActionItemsDue({
  prisma,
  unitIds,
  today,
  until,
}: {
  prisma: PrismaClient;
  unitIds: readonly number[];
  today: string;
  until: string;
}) {
  const rows =
    unitIds.length === 0
      ? []
      : await prisma.actionItem.findMany({
          where: { status: 'open', ownerUnitId: { in: [...unitIds] }, dueDate: { lte: fromIsoDate(until) } },
          orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            text: true,
            dueDate: true,
            ownerUnit: { select: { id: true, name: true } },
            project: { select: { id: true, code: true, name: true } },
            meeting: { select: { id: true, title: true, heldOn: true } },
          },
        });
  const items = rows.map((row) => ({
    id: row.id,
    text: row.text,
    dueDate: toIsoDate(row.dueDate),
    ownerUnit: row.ownerUnit,
    project: row.project,
    meeting: { id: row.meeting.id, title: row.meeting.title, heldOn: toIsoDate(row.meeting.heldOn) },
  }));
  return { overdue: items.filter((i) => i.dueDate < today), dueSoon: items.filter((i) => i.dueDate >= today) };
}
