// Rows become plain views at the service boundary: dates as 'YYYY-MM-DD', money as exact
// decimal strings, so nothing Prisma-specific (Decimal, Date-at-midnight) reaches the browser.
import type { CardRow, ProjectDetailRow } from '../db/selects.js';

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

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
export type CardView = ReturnType<typeof toCardView>;

export function toProjectDetailView(row: ProjectDetailRow) {
  return {
    ...toCardView(row),
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
    })),
    stageMoves: row.stageMoves,
  };
}
export type ProjectDetailView = ReturnType<typeof toProjectDetailView>;
