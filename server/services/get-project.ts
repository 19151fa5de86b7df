import type { PrismaClient } from '../db/generated/client.js';
import { projectDetailSelect } from '../db/selects.js';
import { AppError } from './app-error.js';
import { toProjectDetailView } from './views.js';

export async function getProject({ prisma, id }: { prisma: PrismaClient; id: number }) {
  const row = await prisma.project.findUnique({ where: { id }, select: projectDetailSelect });
  if (!row) throw new AppError('NOT_FOUND', 'project.notFound', { id });
  return toProjectDetailView(row);
}
