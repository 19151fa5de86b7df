// Reads what the bulletin counts and hands it to the pure rules (server/domain/bulletin.ts).
import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import { planMilestoneSelect } from '../../db/selects.js';
import { bulletinPeriod, computeBulletin } from '../../domain/bulletin.js';
import type { ZBulletinQuery } from '../../domain/meeting-input.js';
import { scheduleProject } from '../../domain/project-schedule.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { toIsoDate } from '../../domain/dates.js';
import { toPlan } from '../shared/views.js';

export type TBulletinQueryOutput = z.output<typeof ZBulletinQuery>;

export async function computeBulletinFor({
  prisma,
  today,
  query,
}: {
  prisma: PrismaClient;
  today: string;
  query: TBulletinQueryOutput;
}) {
  const period = bulletinPeriod(query.period, { date: query.from ?? today, from: query.from, to: query.to });
  const [calendar, units, projects, blockers, actionItems] = await Promise.all([
    loadCalendar({ prisma }),
    prisma.ownerUnit.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } }),
    prisma.project.findMany({
      where: { isArchived: false },
      select: {
        id: true,
        code: true,
        name: true,
        targetDate: true,
        targetMilestoneId: true,
        milestones: { orderBy: { seq: 'asc' }, select: { ...planMilestoneSelect, ownerUnitId: true } },
      },
    }),
    prisma.blocker.findMany({
      where: { project: { isArchived: false } },
      select: { id: true, responsibleUnitId: true, status: true, raisedOn: true, closedOn: true },
    }),
    prisma.actionItem.findMany({ select: { id: true, ownerUnitId: true, dueDate: true, closedOn: true } }),
  ]);
  const milestones = projects.flatMap((row) => {
    const owner = new Map(row.milestones.map((m) => [m.id, m]));
    return scheduleProject(toPlan(row), today, calendar).milestones.map((s) => ({
      id: s.id,
      ownerUnitId: owner.get(s.id)!.ownerUnitId,
      latestFinish: s.latestFinish,
      actualFinish: owner.get(s.id)!.actualFinish ? toIsoDate(owner.get(s.id)!.actualFinish!) : null,
    }));
  });
  const rows = computeBulletin({
    period,
    today,
    units,
    milestones,
    blockers: blockers.map((b) => ({
      id: b.id,
      responsibleUnitId: b.responsibleUnitId,
      status: b.status,
      raisedOn: toIsoDate(b.raisedOn),
      closedOn: b.closedOn ? toIsoDate(b.closedOn) : null,
    })),
    actionItems: actionItems.map((a) => ({
      id: a.id,
      ownerUnitId: a.ownerUnitId,
      dueDate: toIsoDate(a.dueDate),
      closedOn: a.closedOn ? toIsoDate(a.closedOn) : null,
    })),
  });
  const latestFinish = new Map(milestones.map((m) => [m.id, m.latestFinish]));
  return { period, today, units: new Map(units.map((u) => [u.id, u])), rows, latestFinish };
}
