import type { PrismaClient } from '../db/generated/client.js';
import { PROJECT_TYPES } from '../domain/project-types.js';
import { MILESTONE_TEMPLATES } from './demo-catalog.js';

/** Every type has a template from the first start on, so a new project never starts empty. */
export async function ensureDefaultTemplates({ prisma }: { prisma: PrismaClient }): Promise<void> {
  if ((await prisma.templateMilestone.count()) > 0) return;
  await prisma.templateMilestone.createMany({
    data: PROJECT_TYPES.flatMap((projectType) => {
      const steps = MILESTONE_TEMPLATES[projectType];
      const seqOf = new Map(steps.map((step, seq) => [step.key, seq]));
      return steps.map((step, seq) => ({
        projectType,
        seq,
        name: step.name,
        stage: step.stage,
        durationDays: Math.round((step.days[0] + step.days[1]) / 2),
        dependsOnSeqs: step.after.map((key) => seqOf.get(key)!),
        isTarget: seq === steps.length - 1,
      }));
    }),
  });
}
