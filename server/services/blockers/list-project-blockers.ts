import type { PrismaClient } from '../../db/generated/client.js';
import { blockerSelect } from '../../db/selects.js';
import { isActiveBlocker } from '../../domain/blockers.js';
import { AppError } from '../shared/app-error.js';
import { blockerSteps, toBlockerView } from './blocker-view.js';

/** Every blocker of one project, active ones first, newest first, each with its history. */
export async function projectBlockers({
  prisma,
  today,
  projectId,
}: {
  prisma: PrismaClient;
  today: string;
  projectId: number;
}) {
  const project = await prisma.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw new AppError('NOT_FOUND', 'project.notFound', { id: projectId });
  const rows = await prisma.blocker.findMany({
    where: { projectId },
    orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }],
    select: blockerSelect,
  });
  const ids = rows.map((row) => row.id);
  const steps = await blockerSteps(prisma, ids);
  const views = rows.map((row) => ({ ...toBlockerView(row, today), steps: steps.get(row.id) ?? [] }));
  return [...views.filter((b) => isActiveBlocker(b.status)), ...views.filter((b) => !isActiveBlocker(b.status))];
}
