import type { PrismaClient } from '../../db/generated/client.js';
import type { ProjectType } from '../../domain/project-types.js';

export const templateSelect = {
  seq: true,
  name: true,
  stage: true,
  durationDays: true,
  dependsOnSeqs: true,
  isTarget: true,
} as const;

/** One project type's milestone template, in plan order. */
export async function findTemplate(prisma: Pick<PrismaClient, 'templateMilestone'>, projectType: ProjectType) {
  return prisma.templateMilestone.findMany({ where: { projectType }, orderBy: { seq: 'asc' }, select: templateSelect });
}
