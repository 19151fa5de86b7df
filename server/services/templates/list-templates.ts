import type { PrismaClient } from '../../db/generated/client.js';
import { PROJECT_TYPES } from '../../domain/project-types.js';
import { templateSelect } from './find-template.js';

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
