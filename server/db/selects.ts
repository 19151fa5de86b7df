// Named read shapes: what each view needs and nothing more.
import type { Prisma } from './generated/client.js';

export const cardSelect = {
  id: true,
  code: true,
  name: true,
  stage: true,
  rank: true,
  version: true,
  totalInvestment: true,
  plannedInvestment: true,
  targetDate: true,
  ownerUnit: { select: { id: true, name: true } },
} satisfies Prisma.ProjectSelect;

/** What scheduling needs of a milestone. */
export const planMilestoneSelect = {
  id: true,
  name: true,
  durationDays: true,
  actualStart: true,
  actualFinish: true,
  dependsOn: { select: { dependsOnId: true } },
} satisfies Prisma.MilestoneSelect;

export const scheduledCardSelect = {
  ...cardSelect,
  targetMilestoneId: true,
  milestones: { orderBy: { seq: 'asc' }, select: planMilestoneSelect },
} satisfies Prisma.ProjectSelect;

export const projectDetailSelect = {
  ...cardSelect,
  projectType: true,
  targetMilestoneId: true,
  description: true,
  isArchived: true,
  createdAt: true,
  updatedAt: true,
  milestones: {
    orderBy: { seq: 'asc' },
    select: {
      id: true,
      seq: true,
      name: true,
      stage: true,
      durationDays: true,
      actualStart: true,
      actualFinish: true,
      ownerUnit: { select: { id: true, name: true } },
      dependsOn: { select: { dependsOnId: true } },
    },
  },
  stageMoves: {
    orderBy: { at: 'desc' },
    select: { id: true, at: true, actor: true, fromStage: true, toStage: true, reason: true },
  },
} satisfies Prisma.ProjectSelect;

export type CardRow = Prisma.ProjectGetPayload<{ select: typeof cardSelect }>;
export type ScheduledCardRow = Prisma.ProjectGetPayload<{ select: typeof scheduledCardSelect }>;
export type PlanMilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof planMilestoneSelect }>;
export type ProjectDetailRow = Prisma.ProjectGetPayload<{ select: typeof projectDetailSelect }>;
