import type { PrismaClient } from '../../db/generated/client.js';
import type { BulletinFigure } from '../../domain/bulletin.js';
import { AppError } from '../shared/app-error.js';
import { toIsoDate } from '../../domain/dates.js';
import { computeBulletinFor, type TBulletinQueryOutput } from './compute-bulletin.js';

/**
 * What one figure of the bulletin counts, item by item, so it can be checked by hand: milestones with
 * their latest and actual finish, blockers with their dates, action items with due and closing dates.
 */
export async function listBulletinItems({
  prisma,
  today,
  query,
  unitId,
  figure,
}: {
  prisma: PrismaClient;
  today: string;
  query: TBulletinQueryOutput;
  unitId: number;
  figure: BulletinFigure;
}) {
  const { rows, latestFinish } = await computeBulletinFor({ prisma, today, query });
  const row = rows.find((r) => r.unitId === unitId);
  if (!row) throw new AppError('NOT_FOUND', 'unit.notFound', { id: unitId });
  const ids = row.ids[figure];
  const project = { select: { id: true, code: true, name: true } } as const;
  if (figure.startsWith('milestones')) {
    const milestones = await prisma.milestone.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, actualFinish: true, project },
    });
    return milestones
      .map((m) => ({
        type: 'milestone' as const,
        id: m.id,
        title: `${m.project.code} ${m.project.name} · ${m.name}`,
        project: m.project,
        date: latestFinish.get(m.id)!,
        doneOn: m.actualFinish ? toIsoDate(m.actualFinish) : null,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }
  if (figure.startsWith('blockers')) {
    const blockers = await prisma.blocker.findMany({
      where: { id: { in: ids } },
      select: { id: true, description: true, targetDate: true, closedOn: true, project },
    });
    return blockers
      .map((b) => ({
        type: 'blocker' as const,
        id: b.id,
        title: `${b.project.code} ${b.project.name} · ${b.description}`,
        project: b.project,
        date: toIsoDate(b.targetDate),
        doneOn: b.closedOn ? toIsoDate(b.closedOn) : null,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }
  const items = await prisma.actionItem.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, dueDate: true, closedOn: true, project },
  });
  return items
    .map((a) => ({
      type: 'actionItem' as const,
      id: a.id,
      title: a.text,
      project: a.project,
      date: toIsoDate(a.dueDate),
      doneOn: a.closedOn ? toIsoDate(a.closedOn) : null,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
}
