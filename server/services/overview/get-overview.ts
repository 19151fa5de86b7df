// The office's district-wide view (an admin's bell has no unit of its own): everything overdue, every
// escalated blocker, every open action item. Everything here is readable by anyone who may read.
import type { PrismaClient } from '../../db/generated/client.js';
import { planMilestoneSelect } from '../../db/selects.js';
import { ACTIVE_BLOCKER_STATUSES, levelIndex } from '../../domain/blockers.js';
import { scheduleProject } from '../../domain/project-schedule.js';
import { listActionItems } from '../action-items/list-action-items.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import type { Actor } from '../../domain/permissions.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { toPlan } from '../shared/views.js';

export async function getOverview({ prisma, actor, today }: { prisma: PrismaClient; actor: Actor; today: string }) {
  const [calendar, projects, blockers, openActionItems] = await Promise.all([
    loadCalendar({ prisma }),
    prisma.project.findMany({
      where: { isArchived: false },
      select: {
        id: true,
        code: true,
        name: true,
        targetDate: true,
        targetMilestoneId: true,
        milestones: {
          orderBy: { seq: 'asc' },
          select: { ...planMilestoneSelect, ownerUnit: { select: { id: true, name: true } } },
        },
      },
    }),
    prisma.blocker.findMany({
      where: {
        status: { in: [...ACTIVE_BLOCKER_STATUSES] },
        project: { isArchived: false },
        OR: [{ status: 'escalated' }, { targetDate: { lt: fromIsoDate(today) } }],
      },
      orderBy: [{ targetDate: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        description: true,
        status: true,
        level: true,
        targetDate: true,
        raisedOn: true,
        responsibleUnit: { select: { id: true, name: true } },
        project: { select: { id: true, code: true, name: true } },
      },
    }),
    listActionItems({ prisma, actor, today, filter: { status: 'open' } }),
  ]);
  const overdueMilestones = projects
    .flatMap((row) => {
      const byId = new Map(row.milestones.map((m) => [m.id, m]));
      return scheduleProject(toPlan(row), today, calendar)
        .milestones.filter((s) => !s.done && s.latestFinish < today)
        .map((s) => ({
          id: s.id,
          name: byId.get(s.id)!.name,
          project: { id: row.id, code: row.code, name: row.name },
          ownerUnit: byId.get(s.id)!.ownerUnit,
          latestFinish: s.latestFinish,
        }));
    })
    .sort((a, b) => a.latestFinish.localeCompare(b.latestFinish) || a.id - b.id);
  const blockerViews = blockers.map((b) => ({
    id: b.id,
    description: b.description,
    status: b.status,
    level: b.level,
    targetDate: toIsoDate(b.targetDate),
    raisedOn: toIsoDate(b.raisedOn),
    isOverdue: toIsoDate(b.targetDate) < today,
    responsibleUnit: b.responsibleUnit,
    project: b.project,
  }));
  return {
    today,
    overdueMilestones,
    overdueBlockers: blockerViews.filter((b) => b.isOverdue),
    /** Highest level first, then by date. */
    escalatedBlockers: blockerViews
      .filter((b) => b.status === 'escalated')
      .sort((a, b) => levelIndex(b.level) - levelIndex(a.level) || a.targetDate.localeCompare(b.targetDate)),
    /** Overdue first. */
    openActionItems,
    overdueActionItems: openActionItems.filter((a) => a.isOverdue).length,
  };
}
