// Named read shapes: what each view needs and nothing more.
import { ACTIVE_BLOCKER_STATUSES } from '../domain/blockers.js';
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

/** What a card needs of its project's blockers: the active ones' dates (their count, age and lateness). */
export const cardBlockersArgs = {
  where: { status: { in: [...ACTIVE_BLOCKER_STATUSES] } },
  select: { status: true, raisedOn: true, targetDate: true },
} satisfies Prisma.Project$blockersArgs;

export const scheduledCardSelect = {
  ...cardSelect,
  targetMilestoneId: true,
  milestones: { orderBy: { seq: 'asc' }, select: planMilestoneSelect },
  blockers: cardBlockersArgs,
  // Every year's monthly figures (a dozen a year): the card lights its investment against 序时进度.
  investmentReports: { select: { year: true, amount: true } },
} satisfies Prisma.ProjectSelect;

/** A blocker as lists show it. */
export const blockerSelect = {
  id: true,
  version: true,
  category: true,
  description: true,
  level: true,
  status: true,
  targetDate: true,
  raisedAt: true,
  raisedOn: true,
  raisedById: true,
  raisedByName: true,
  closedAt: true,
  closedOn: true,
  resolution: true,
  withdrawalReason: true,
  project: { select: { id: true, code: true, name: true, ownerUnit: { select: { id: true, name: true } } } },
  responsibleUnit: { select: { id: true, name: true } },
} satisfies Prisma.BlockerSelect;

/** What a step on a blocker checks before it writes: state, version and who may act. */
export const blockerStateSelect = {
  id: true,
  version: true,
  status: true,
  level: true,
  targetDate: true,
  closedOn: true,
  project: { select: { id: true, code: true, ownerUnitId: true, ownerUnit: { select: { name: true } } } },
  responsibleUnit: { select: { id: true, name: true } },
} satisfies Prisma.BlockerSelect;

export const projectDetailSelect = {
  ...cardSelect,
  blockers: cardBlockersArgs,
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
export type BlockerRow = Prisma.BlockerGetPayload<{ select: typeof blockerSelect }>;
export type BlockerStateRow = Prisma.BlockerGetPayload<{ select: typeof blockerStateSelect }>;
