import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { cardSelect } from '../../db/selects.js';
import { rankForPlacement } from '../../domain/board-move.js';
import { fromIsoDate } from '../../domain/dates.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectCreate } from '../../domain/project-input.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { lockBoardOrder, readNeighbours } from '../shared/board-order.js';
import { recordChange } from '../shared/record-change.js';
import { toCardView } from '../shared/views.js';
import { findTemplate } from '../templates/find-template.js';

type TInput = z.output<typeof ZProjectCreate>;

/** Adds a project at the end of its column, with the milestone plan of its type's template. */
export async function createProject({ prisma, actor, input }: { prisma: PrismaClient; actor: Actor; input: TInput }) {
  return prisma.$transaction((tx) => addProject(tx, { actor, input }));
}

/** The create use case inside the caller's transaction (a ledger import adds many in one); `reason` goes to the audit row. */
export async function addProject(
  tx: Prisma.TransactionClient,
  { actor, input, reason }: { actor: Actor; input: TInput; reason?: string },
) {
  const unit = await tx.ownerUnit.findUnique({ where: { id: input.ownerUnitId }, select: { name: true } });
  if (!unit) throw new AppError('BAD_REQUEST', 'unit.notFound', { id: input.ownerUnitId });
  authorize(actor, 'createProject', { ownerUnitId: input.ownerUnitId, ownerUnitName: unit.name });
  await lockBoardOrder(tx);
  if (await tx.project.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw new AppError('CONFLICT', 'project.codeTaken', { code: input.code });
  }
  // At the column's end: its last card is all the key needs (a ledger import adds thousands in one go).
  const end = await readNeighbours(tx, input.stage, 0, {});
  const rank = rankForPlacement(end.column, 0, end.placement);
  const project = await tx.project.create({
    data: { ...input, targetDate: fromIsoDate(input.targetDate), rank },
    select: { id: true },
  });
  const targetMilestoneId = await addTemplateMilestones(tx, project.id, input);
  const row = await tx.project.update({ where: { id: project.id }, data: { targetMilestoneId }, select: cardSelect });
  await recordChange(tx, {
    actor,
    action: 'create',
    entityType: 'project',
    entityId: project.id,
    after: { ...input },
    ...(reason !== undefined && { reason }),
    event: 'project.created',
    projectId: project.id,
  });
  return toCardView(row);
}

async function addTemplateMilestones(
  tx: Prisma.TransactionClient,
  projectId: number,
  input: TInput,
): Promise<number | null> {
  const template = await findTemplate(tx, input.projectType);
  if (template.length === 0) return null;
  const created = await tx.milestone.createManyAndReturn({
    data: template.map((step) => ({
      projectId,
      seq: step.seq,
      name: step.name,
      stage: step.stage,
      durationDays: step.durationDays,
      ownerUnitId: input.ownerUnitId,
    })),
    select: { id: true, seq: true },
  });
  const idOf = new Map(created.map((m) => [m.seq, m.id]));
  await tx.milestoneDependency.createMany({
    data: template.flatMap((step) =>
      step.dependsOnSeqs.map((seq) => ({ milestoneId: idOf.get(step.seq)!, dependsOnId: idOf.get(seq)! })),
    ),
  });
  const target = template.find((step) => step.isTarget);
  return target ? idOf.get(target.seq)! : null;
}
