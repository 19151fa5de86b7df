import type { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import { cardSelect } from '../db/selects.js';
import type { ZProjectUpdate } from '../domain/project-input.js';
import { AppError } from './app-error.js';
import { fromIsoDate, toCardView } from './views.js';

type TInput = z.output<typeof ZProjectUpdate>;

/** Saves a partial edit only if nobody changed the project since `expectedVersion`. */
export async function updateProject({ prisma, input }: { prisma: PrismaClient; input: TInput }) {
  const { id, expectedVersion, patch } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.project.findUnique({
      where: { id },
      select: { code: true, version: true, totalInvestment: true, plannedInvestment: true },
    });
    if (!current) throw new AppError('NOT_FOUND', 'project.notFound', { id });
    if (current.version !== expectedVersion) throw new AppError('CONFLICT', 'project.conflict', { code: current.code });
    if (patch.code && patch.code !== current.code) {
      if (await tx.project.findUnique({ where: { code: patch.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'project.codeTaken', { code: patch.code });
      }
    }
    if (
      patch.ownerUnitId &&
      !(await tx.ownerUnit.findUnique({ where: { id: patch.ownerUnitId }, select: { id: true } }))
    ) {
      throw new AppError('BAD_REQUEST', 'unit.notFound', { id: patch.ownerUnitId });
    }
    if (patch.targetMilestoneId) {
      const target = await tx.milestone.findFirst({
        where: { id: patch.targetMilestoneId, projectId: id },
        select: { id: true },
      });
      if (!target) throw new AppError('BAD_REQUEST', 'milestone.notFound', { id: patch.targetMilestoneId });
    }
    const total = patch.totalInvestment ?? current.totalInvestment.toFixed(2);
    const planned = patch.plannedInvestment ?? current.plannedInvestment.toFixed(2);
    if (Number(planned) > Number(total)) throw new AppError('BAD_REQUEST', 'validation.plannedOverTotal');

    const { targetDate, ...rest } = patch;
    const updated = await tx.project.updateMany({
      where: { id, version: expectedVersion },
      data: { ...rest, ...(targetDate ? { targetDate: fromIsoDate(targetDate) } : {}), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError('CONFLICT', 'project.conflict', { code: current.code });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id }, select: cardSelect }));
  });
}
