// Rows become plain views at the service boundary: dates as 'YYYY-MM-DD', money as exact
// decimal strings, so nothing Prisma-specific (Decimal, Date-at-midnight) reaches the browser.
import type { CardRow, PlanMilestoneRow, ProjectDetailRow, ScheduledCardRow } from '../../db/selects.js';
import { summarizeBlockers, type CardBlockers } from '../../domain/blockers.js';
import { toIsoDate } from '../../domain/dates.js';
import {
  cardSchedule,
  type PlanMilestone,
  type ProjectPlan,
  type ProjectSchedule,
} from '../../domain/project-schedule.js';

export function toCardView(row: CardRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    stage: row.stage,
    rank: row.rank,
    version: row.version,
    totalInvestment: row.totalInvestment.toFixed(2),
    plannedInvestment: row.plannedInvestment.toFixed(2),
    targetDate: toIsoDate(row.targetDate),
    ownerUnit: row.ownerUnit,
  };
}

export function toPlanMilestone(row: PlanMilestoneRow): PlanMilestone {
  return {
    id: row.id,
    name: row.name,
    durationDays: row.durationDays,
    dependsOn: row.dependsOn.map((d) => d.dependsOnId),
    actualStart: row.actualStart ? toIsoDate(row.actualStart) : null,
    actualFinish: row.actualFinish ? toIsoDate(row.actualFinish) : null,
  };
}

export function toPlan(row: Pick<ScheduledCardRow, 'targetDate' | 'targetMilestoneId' | 'milestones'>): ProjectPlan {
  return {
    targetDate: toIsoDate(row.targetDate),
    targetMilestoneId: row.targetMilestoneId,
    milestones: row.milestones.map(toPlanMilestone),
  };
}

/** A card's blocker badge: how many are active, the oldest one's age, whether one is overdue. */
export function toCardBlockers(rows: ScheduledCardRow['blockers'], today: string): CardBlockers {
  return summarizeBlockers(
    rows.map((b) => ({ status: b.status, raisedOn: toIsoDate(b.raisedOn), targetDate: toIsoDate(b.targetDate) })),
    today,
  );
}

export function toProjectDetailView(row: ProjectDetailRow, schedule: ProjectSchedule, today: string) {
  const byId = new Map(schedule.milestones.map((m) => [m.id, m]));
  const blockers = toCardBlockers(row.blockers, today);
  return {
    ...toCardView(row),
    projectType: row.projectType,
    targetMilestoneId: row.targetMilestoneId,
    blockers,
    schedule: cardSchedule(schedule, blockers),
    description: row.description,
    isArchived: row.isArchived,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    milestones: row.milestones.map((m) => ({
      id: m.id,
      seq: m.seq,
      name: m.name,
      stage: m.stage,
      durationDays: m.durationDays,
      actualStart: m.actualStart ? toIsoDate(m.actualStart) : null,
      actualFinish: m.actualFinish ? toIsoDate(m.actualFinish) : null,
      ownerUnit: m.ownerUnit,
      dependsOn: m.dependsOn.map((d) => d.dependsOnId),
      schedule: byId.get(m.id) ?? null,
    })),
    stageMoves: row.stageMoves,
  };
}
