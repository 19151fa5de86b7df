import type { PrismaClient } from '../db/generated/client.js';
import { ScheduleError, reverseSchedule, chinaCalendar } from '../domain/schedule.js';
import type { TTemplateUpdate } from '../domain/plan-input.js';
import type { ProjectType } from '../domain/project-types.js';
import { PROJECT_TYPES } from '../domain/project-types.js';
import type { Actor } from '../domain/permissions.js';
import { AppError } from './app-error.js';
import { recordAudit } from './audit.js';

const templateSelect = {
  seq: true,
  name: true,
  stage: true,
  durationDays: true,
  dependsOnSeqs: true,
  isTarget: true,
} as const;

export async function listTemplates({ prisma }: { prisma: PrismaClient }) {
  const rows = await prisma.templateMilestone.findMany({
    orderBy: [{ projectType: 'asc' }, { seq: 'asc' }],
    select: { projectType: true, ...templateSelect },
  });
  return PROJECT_TYPES.map((projectType) => ({
    projectType,
    milestones: rows.filter((row) => row.projectType === projectType).map(({ projectType: _, ...rest }) => rest),
  }));
}

export async function templateFor(prisma: Pick<PrismaClient, 'templateMilestone'>, projectType: ProjectType) {
  return prisma.templateMilestone.findMany({ where: { projectType }, orderBy: { seq: 'asc' }, select: templateSelect });
}

/** Replaces a type's template, refusing a plan with a cycle or a link to a milestone it lacks. */
export async function updateTemplate({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: TTemplateUpdate;
}) {
  const milestones = input.milestones.map((m, seq) => ({ ...m, seq }));
  assertValidPlan(
    milestones.map((m) => ({
      key: String(m.seq),
      name: m.name,
      durationDays: m.durationDays,
      dependsOn: m.dependsOnSeqs.map(String),
    })),
  );
  await prisma.$transaction(async (tx) => {
    const before = await templateFor(tx, input.projectType);
    await tx.templateMilestone.deleteMany({ where: { projectType: input.projectType } });
    await tx.templateMilestone.createMany({
      data: milestones.map((m) => ({ projectType: input.projectType, ...m, isTarget: m.seq === input.targetSeq })),
    });
    await recordAudit(tx, {
      actor,
      action: 'update',
      entityType: 'template',
      entityId: input.projectType,
      before: { milestones: before },
      after: { milestones: input.milestones, targetSeq: input.targetSeq },
    });
  });
  return templateFor(prisma, input.projectType);
}

/** Runs the scheduler on a plan only to surface its structural errors in the user's words. */
export function assertValidPlan(
  plan: { key: string; name: string; durationDays: number; dependsOn: string[] }[],
): void {
  try {
    reverseSchedule({
      milestones: plan.map(({ key, durationDays, dependsOn }) => ({ key, durationDays, dependsOn })),
      targetDate: '2030-12-31',
      today: '2030-01-02',
      calendar: chinaCalendar(),
    });
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const names = (error.details.keys ?? []).map((key) => plan.find((m) => m.key === key)?.name ?? key).join(' → ');
    if (error.code === 'cycle') throw new AppError('BAD_REQUEST', 'plan.cycle', { names });
    if (error.code === 'unknownDependency') throw new AppError('BAD_REQUEST', 'plan.unknownDependency', { names });
    throw new AppError('BAD_REQUEST', 'plan.invalid', { detail: error.message });
  }
}
