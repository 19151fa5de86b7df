import type { PrismaClient } from '../../db/generated/client.js';
import { projectDetailSelect } from '../../db/selects.js';
import { scheduleProject } from '../../domain/project-schedule.js';
import { AppError } from '../shared/app-error.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { toPlan, toProjectDetailView } from '../shared/views.js';

export async function getProject({ prisma, id, today }: { prisma: PrismaClient; id: number; today: string }) {
  const [row, calendar] = await Promise.all([
    prisma.project.findUnique({ where: { id }, select: projectDetailSelect }),
    loadCalendar({ prisma }),
  ]);
  if (!row) throw new AppError('NOT_FOUND', 'project.notFound', { id });
  return { today, ...toProjectDetailView(row, scheduleProject(toPlan(row), today, calendar), today) };
}
