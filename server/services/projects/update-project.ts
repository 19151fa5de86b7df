import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import { cardSelect } from '../../db/selects.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectUpdate } from '../../domain/project-input.js';
import { AppError } from '../shared/app-error.js';
import { changedFields } from '../shared/record-audit.js';
import { recordChange } from '../shared/record-change.js';
import { authorize } from '../shared/authorize.js';
import { staleVersionError } from '../shared/conflicts.js';
import { toCardView } from '../shared/views.js';

type TInput = z.output<typeof ZProjectUpdate>;

/** '2345.6' and '2345.60' are one amount: stored, compared and recorded as the latter. */
function toMoney(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** Saves a partial edit only if nobody changed the project since `expectedVersion`. */
export async function updateProject({ prisma, actor, input }: { prisma: PrismaClient; actor: Actor; input: TInput }) {
  const { id, expectedVersion } = input;
  const patch = {
    ...input.patch,
    ...(input.patch.totalInvestment !== undefined && { totalInvestment: toMoney(input.patch.totalInvestment) }),
    ...(input.patch.plannedInvestment !== undefined && { plannedInvestment: toMoney(input.patch.plannedInvestment) }),
  };
  return prisma.$transaction(async (tx) => {
    const current = await tx.project.findUnique({
      where: { id },
      select: {
        code: true,
        name: true,
        version: true,
        ownerUnitId: true,
        ownerUnit: { select: { name: true } },
        totalInvestment: true,
        plannedInvestment: true,
        targetDate: true,
        targetMilestoneId: true,
        description: true,
        isArchived: true,
      },
    });
    if (!current) throw new AppError('NOT_FOUND', 'project.notFound', { id });
    authorize(actor, 'editProject', { ownerUnitId: current.ownerUnitId, ownerUnitName: current.ownerUnit.name });
    if (current.isArchived) throw new AppError('CONFLICT', 'project.archived', { code: current.code });
    const stale = { type: 'project', id, projectCode: current.code } as const;
    if (current.version !== expectedVersion) throw await staleVersionError(tx, stale);
    if (patch.code && patch.code !== current.code) {
      if (await tx.project.findUnique({ where: { code: patch.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'project.codeTaken', { code: patch.code });
      }
    }
    if (patch.ownerUnitId && patch.ownerUnitId !== current.ownerUnitId) {
      const unit = await tx.ownerUnit.findUnique({ where: { id: patch.ownerUnitId }, select: { name: true } });
      if (!unit) throw new AppError('BAD_REQUEST', 'unit.notFound', { id: patch.ownerUnitId });
      authorize(actor, 'editProject', { ownerUnitId: patch.ownerUnitId, ownerUnitName: unit.name });
    }
    if (patch.targetMilestoneId) {
      const target = await tx.milestone.findFirst({
        where: { id: patch.targetMilestoneId, projectId: id },
        select: { id: true },
      });
      if (!target) throw new AppError('BAD_REQUEST', 'milestone.notFound', { id: patch.targetMilestoneId });
    }
    const before = {
      ...current,
      ownerUnit: undefined,
      version: undefined,
      isArchived: undefined,
      totalInvestment: current.totalInvestment.toFixed(2),
      plannedInvestment: current.plannedInvestment.toFixed(2),
      targetDate: toIsoDate(current.targetDate),
    };
    if (
      Number(patch.plannedInvestment ?? before.plannedInvestment) >
      Number(patch.totalInvestment ?? before.totalInvestment)
    ) {
      throw new AppError('BAD_REQUEST', 'validation.plannedOverTotal');
    }

    const { targetDate, ...rest } = patch;
    // The version in the condition makes a writer who committed since our read win, and us fail
    // (on PostgreSQL the other save may run on another connection between our read and this write).
    const { count } = await tx.project.updateMany({
      where: { id, version: expectedVersion },
      data: { ...rest, ...(targetDate ? { targetDate: fromIsoDate(targetDate) } : {}), version: { increment: 1 } },
    });
    if (count !== 1) throw await staleVersionError(tx, stale);
    await recordChange(tx, {
      actor,
      action: 'update',
      entityType: 'project',
      entityId: id,
      ...changedFields(before, patch),
      event: 'project.updated',
      projectId: id,
    });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id }, select: cardSelect }));
  });
}
