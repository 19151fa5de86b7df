import type { PrismaClient } from '../../db/generated/client.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import type { TMilestoneUpdate } from '../../domain/plan-input.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { assertValidPlan } from '../shared/assert-valid-plan.js';
import { staleVersionError } from '../shared/conflicts.js';
import { changedFields } from '../shared/record-audit.js';
import { recordChange } from '../shared/record-change.js';
import { authorize } from '../shared/authorize.js';

/**
 * Changes one milestone (marks it done, records actual dates, edits duration or predecessors).
 * A plan change is a change to the project: it must match the project's version and bumps it.
 */
export async function updateMilestone({
  prisma,
  actor,
  input,
  today,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: TMilestoneUpdate;
  today: string;
}) {
  const { id, expectedVersion, patch } = input;
  return prisma.$transaction(async (tx) => {
    const milestone = await tx.milestone.findUnique({
      where: { id },
      select: {
        name: true,
        durationDays: true,
        actualStart: true,
        actualFinish: true,
        dependsOn: { select: { dependsOnId: true } },
        project: {
          select: {
            id: true,
            code: true,
            version: true,
            isArchived: true,
            ownerUnitId: true,
            ownerUnit: { select: { name: true } },
            milestones: {
              select: { id: true, name: true, durationDays: true, dependsOn: { select: { dependsOnId: true } } },
            },
          },
        },
      },
    });
    if (!milestone) throw new AppError('NOT_FOUND', 'milestone.notFound', { id });
    const { project } = milestone;
    authorize(actor, 'editProject', { ownerUnitId: project.ownerUnitId, ownerUnitName: project.ownerUnit.name });
    if (project.isArchived) throw new AppError('CONFLICT', 'project.archived', { code: project.code });
    const stale = { type: 'project', id: project.id, projectCode: project.code } as const;
    if (project.version !== expectedVersion) throw await staleVersionError(tx, stale);

    const name = patch.name ?? milestone.name;
    const start =
      patch.actualStart !== undefined ? patch.actualStart : milestone.actualStart && toIsoDate(milestone.actualStart);
    const finish =
      patch.actualFinish !== undefined
        ? patch.actualFinish
        : milestone.actualFinish && toIsoDate(milestone.actualFinish);
    for (const date of [patch.actualStart, patch.actualFinish]) {
      if (date && date > today) throw new AppError('BAD_REQUEST', 'milestone.actualInFuture', { name, date });
    }
    if (start && finish && finish < start) throw new AppError('BAD_REQUEST', 'milestone.finishBeforeStart', { name });

    if (patch.dependsOn) {
      const foreign = patch.dependsOn.find((dep) => !project.milestones.some((m) => m.id === dep));
      if (foreign !== undefined)
        throw new AppError('BAD_REQUEST', 'milestone.dependencyOutsideProject', { id: foreign });
      assertValidPlan(
        project.milestones.map((m) => ({
          key: String(m.id),
          name: m.id === id ? name : m.name,
          durationDays: m.durationDays,
          dependsOn: (m.id === id ? patch.dependsOn! : m.dependsOn.map((d) => d.dependsOnId)).map(String),
        })),
      );
      await tx.milestoneDependency.deleteMany({ where: { milestoneId: id } });
      await tx.milestoneDependency.createMany({
        data: patch.dependsOn.map((dependsOnId) => ({ milestoneId: id, dependsOnId })),
      });
    }

    const { dependsOn: _, actualStart, actualFinish, ...fields } = patch;
    await tx.milestone.update({
      where: { id },
      data: {
        ...fields,
        ...(actualStart !== undefined && { actualStart: actualStart ? fromIsoDate(actualStart) : null }),
        ...(actualFinish !== undefined && { actualFinish: actualFinish ? fromIsoDate(actualFinish) : null }),
      },
    });
    const { count } = await tx.project.updateMany({
      where: { id: project.id, version: expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, stale);
    const before = {
      name: milestone.name,
      durationDays: milestone.durationDays,
      dependsOn: milestone.dependsOn.map((d) => d.dependsOnId),
      actualStart: milestone.actualStart && toIsoDate(milestone.actualStart),
      actualFinish: milestone.actualFinish && toIsoDate(milestone.actualFinish),
    };
    const diff = changedFields(before, patch);
    // Recorded against the project, so its history shows every change to its plan.
    await recordChange(tx, {
      actor,
      action: 'updateMilestone',
      entityType: 'project',
      entityId: project.id,
      before: { milestone: milestone.name, ...diff.before },
      after: { milestone: name, ...diff.after },
      event: 'project.updated',
      projectId: project.id,
    });
    return { projectId: project.id, version: expectedVersion + 1 };
  });
}
