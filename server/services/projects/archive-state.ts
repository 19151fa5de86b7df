// Archiving takes a finished or abandoned project off the board without losing it: its plan, blockers
// and history stay, it is read-only, and it can be restored. Restoring puts it back in the stage it
// left, at the end of that column (its old place may long since have been taken).
import type { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { cardSelect } from '../../db/selects.js';
import { rankForPlacement } from '../../domain/board-move.js';
import type { Actor } from '../../domain/permissions.js';
import type { ZProjectArchive } from '../../domain/project-input.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { lockBoardOrder, readNeighbours } from '../shared/board-order.js';
import { lastChangedBy, staleVersionError } from '../shared/conflicts.js';
import { recordChange } from '../shared/record-change.js';
import { toCardView } from '../shared/views.js';

export interface ArchiveOptions {
  actor: Actor;
  input: z.output<typeof ZProjectArchive>;
}

async function readForChange(tx: Prisma.TransactionClient, { actor, input }: ArchiveOptions, isArchived: boolean) {
  const project = await tx.project.findUnique({
    where: { id: input.id },
    select: {
      code: true,
      stage: true,
      version: true,
      isArchived: true,
      ownerUnitId: true,
      ownerUnit: { select: { name: true } },
    },
  });
  if (!project) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.id });
  authorize(actor, 'editProject', { ownerUnitId: project.ownerUnitId, ownerUnitName: project.ownerUnit.name });
  // Already where the caller wants it: say who got there first rather than "changed by someone".
  if (project.isArchived !== isArchived) {
    const by = (await lastChangedBy(tx, { type: 'project', id: input.id })) ?? '—';
    throw new AppError('CONFLICT', isArchived ? 'project.notArchived' : 'project.alreadyArchived', {
      code: project.code,
      by,
    });
  }
  if (project.version !== input.expectedVersion)
    throw await staleVersionError(tx, { type: 'project', id: input.id, projectCode: project.code });
  return project;
}

/** Archives (`toArchived`) or restores the project, in the caller's transaction; returns its card. */
export async function setArchived(tx: Prisma.TransactionClient, options: ArchiveOptions, toArchived: boolean) {
  const { actor, input } = options;
  // A restored card takes a place in its column: writers that place cards take turns.
  if (!toArchived) await lockBoardOrder(tx);
  const project = await readForChange(tx, options, !toArchived);
  // The column is read while the project is still archived, so it is not its own neighbour.
  const end = toArchived ? undefined : await readNeighbours(tx, project.stage, input.id, {});
  const rank = end && rankForPlacement(end.column, input.id, end.placement);
  const { count } = await tx.project.updateMany({
    where: { id: input.id, version: input.expectedVersion, isArchived: !toArchived },
    data: { isArchived: toArchived, ...(rank !== undefined && { rank }), version: { increment: 1 } },
  });
  if (count !== 1) throw await staleVersionError(tx, { type: 'project', id: input.id, projectCode: project.code });
  await recordChange(tx, {
    actor,
    action: toArchived ? 'archive' : 'restore',
    entityType: 'project',
    entityId: input.id,
    before: { isArchived: !toArchived, stage: project.stage },
    after: { isArchived: toArchived, stage: project.stage },
    reason: input.reason ?? '',
    event: 'project.updated',
    projectId: input.id,
  });
  return toCardView(await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: cardSelect }));
}
