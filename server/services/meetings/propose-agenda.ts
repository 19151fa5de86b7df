// Gathers what the agenda rules need (server/domain/meeting-agenda.ts) from the database: every live
// project's light today and as it stood on `since`, active blockers with their latest escalation,
// stage moves, milestones coming due, and the open action items of earlier meetings.
import { BUREAU_TIME_ZONE, todayIn } from '../../clock.js';
import type { Prisma } from '../../db/generated/client.js';
import { planMilestoneSelect } from '../../db/selects.js';
import { formatIsoDate, parseIsoDate } from '../../domain/dates.js';
import {
  MILESTONE_DUE_WORKING_DAYS,
  planAsOf,
  proposeAgenda,
  wasBlockerOverdueOn,
  type ProposedAgendaItem,
} from '../../domain/meeting-agenda.js';
import { lightWithBlockers, scheduleProject } from '../../domain/project-schedule.js';
import { workingDays, type WorkCalendar } from '../../domain/schedule.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { toPlan } from '../shared/views.js';

const agendaProjectSelect = {
  id: true,
  code: true,
  name: true,
  targetDate: true,
  targetMilestoneId: true,
  milestones: {
    orderBy: { seq: 'asc' },
    select: { ...planMilestoneSelect, ownerUnit: { select: { name: true } } },
  },
  blockers: {
    select: {
      id: true,
      description: true,
      status: true,
      level: true,
      raisedOn: true,
      targetDate: true,
      closedOn: true,
      responsibleUnit: { select: { name: true } },
    },
  },
} satisfies Prisma.ProjectSelect;

/** The bureau's date of a moment. */
export function bureauDateOf(at: Date): string {
  return todayIn(BUREAU_TIME_ZONE, at);
}

export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  return formatIsoDate(workingDays(calendar).forward(parseIsoDate(date)!, n));
}

export async function proposeAgendaFor(
  tx: Prisma.TransactionClient,
  { today, since, excludeMeetingId }: { today: string; since: string; excludeMeetingId?: number },
): Promise<ProposedAgendaItem[]> {
  const calendar = await loadCalendar({ prisma: tx });
  // One after another: these run on the transaction's one connection.
  const projects = await tx.project.findMany({
    where: { isArchived: false },
    select: agendaProjectSelect,
    orderBy: { id: 'asc' },
  });
  const escalations = await tx.auditEntry.findMany({
    // Only escalations after `since` make one "newly escalated" (UTC midnight is 08:00 in Shanghai, so
    // nothing on a later bureau date is missed).
    where: { entityType: 'blocker', action: 'escalate', at: { gte: fromIsoDate(since) } },
    select: { entityId: true, at: true },
  });
  const moves = await tx.stageMove.findMany({
    // From UTC midnight of `since` (08:00 there): the rules compare each move's bureau date.
    where: { at: { gte: fromIsoDate(since) }, project: { isArchived: false } },
    select: {
      id: true,
      at: true,
      fromStage: true,
      toStage: true,
      project: { select: { id: true, code: true, name: true } },
    },
  });
  const actionItems = await tx.actionItem.findMany({
    where: { status: 'open', ...(excludeMeetingId !== undefined && { meetingId: { not: excludeMeetingId } }) },
    select: {
      id: true,
      text: true,
      projectId: true,
      dueDate: true,
      ownerUnit: { select: { name: true } },
      meeting: { select: { heldOn: true } },
    },
  });
  const escalatedOn = new Map<number, string>();
  for (const e of escalations) {
    const on = bureauDateOf(e.at);
    const id = Number(e.entityId);
    if ((escalatedOn.get(id) ?? '') < on) escalatedOn.set(id, on);
  }

  return proposeAgenda({
    today,
    since,
    dueBy: addWorkingDays(today, MILESTONE_DUE_WORKING_DAYS, calendar),
    projects: projects.map((row) => {
      const plan = toPlan(row);
      const blockers = row.blockers.map((b) => ({
        status: b.status,
        raisedOn: toIsoDate(b.raisedOn),
        targetDate: toIsoDate(b.targetDate),
        closedOn: b.closedOn ? toIsoDate(b.closedOn) : null,
      }));
      const isOverdueNow = blockers.some(
        (b) => (b.status === 'open' || b.status === 'escalated') && b.targetDate < today,
      );
      const isOverdueThen = blockers.some((b) => wasBlockerOverdueOn(b, since));
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        light: lightWithBlockers(scheduleProject(plan, today, calendar).light, { overdue: isOverdueNow }),
        lightSince: lightWithBlockers(scheduleProject(planAsOf(plan, since), since, calendar).light, {
          overdue: isOverdueThen,
        }),
      };
    }),
    blockers: projects.flatMap((row) =>
      row.blockers.map((b) => ({
        id: b.id,
        project: { id: row.id, code: row.code, name: row.name },
        description: b.description,
        status: b.status,
        level: b.level,
        responsibleUnit: b.responsibleUnit.name,
        raisedOn: toIsoDate(b.raisedOn),
        targetDate: toIsoDate(b.targetDate),
        escalatedOn: escalatedOn.get(b.id) ?? null,
      })),
    ),
    stageMoves: moves.map((m) => ({
      id: m.id,
      project: m.project,
      fromStage: m.fromStage,
      toStage: m.toStage,
      on: bureauDateOf(m.at),
    })),
    milestones: projects.flatMap((row) => {
      const schedule = scheduleProject(toPlan(row), today, calendar);
      const byId = new Map(row.milestones.map((m) => [m.id, m]));
      return schedule.milestones.map((s) => {
        const m = byId.get(s.id)!;
        return {
          id: s.id,
          name: m.name,
          project: { id: row.id, code: row.code, name: row.name },
          ownerUnit: m.ownerUnit.name,
          latestFinish: s.latestFinish,
          isDone: m.actualFinish !== null,
        };
      });
    }),
    actionItems: actionItems.map((a) => ({
      id: a.id,
      text: a.text,
      projectId: a.projectId,
      ownerUnit: a.ownerUnit.name,
      dueDate: toIsoDate(a.dueDate),
      decidedOn: toIsoDate(a.meeting.heldOn),
    })),
  });
}
