import type { z } from 'zod';
import type { ZBlockerRaise } from '../../domain/blocker-input.js';
import { fromIsoDate } from '../../domain/dates.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { assertTargetNotPast } from './assert-target-date.js';
import { recordBlockerStep } from './record-blocker-step.js';
import type { DatedActorOptions } from '../shared/actor-options.js';

/** Flags a project as blocked: what, which unit must clear it, at which level, by when. */
export async function raiseBlocker({ prisma, actor, today, input }: DatedActorOptions<z.output<typeof ZBlockerRaise>>) {
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.findUnique({
      where: { id: input.projectId },
      select: { id: true, isArchived: true, ownerUnitId: true, ownerUnit: { select: { name: true } } },
    });
    if (!project || project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.projectId });
    authorize(actor, 'editProject', { ownerUnitId: project.ownerUnitId, ownerUnitName: project.ownerUnit.name });
    const unit = await tx.ownerUnit.findUnique({ where: { id: input.responsibleUnitId }, select: { name: true } });
    if (!unit) throw new AppError('BAD_REQUEST', 'unit.notFound', { id: input.responsibleUnitId });
    assertTargetNotPast(input.targetDate, today);

    const { id } = await tx.blocker.create({
      data: {
        projectId: project.id,
        category: input.category,
        description: input.description,
        responsibleUnitId: input.responsibleUnitId,
        level: input.level,
        targetDate: fromIsoDate(input.targetDate),
        raisedById: actor.id,
        raisedByName: actor.displayName,
        raisedOn: fromIsoDate(today),
      },
      select: { id: true },
    });
    const after = {
      status: 'open',
      level: input.level,
      targetDate: input.targetDate,
      category: input.category,
      description: input.description,
      responsibleUnit: unit.name,
    };
    return recordBlockerStep(tx, { actor, today, blockerId: id, projectId: project.id, step: 'raise', after });
  });
}
