// Archiving takes a finished or abandoned project off the board without losing it: its plan, blockers
// and history stay, it is read-only, and it can be restored. Restoring puts it back in the stage it
// left, at the end of that column (its old place may long since have been taken).
import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../db/generated/client.js';
import { cardSelect } from '../db/selects.js';
import { rankForPlacement } from '../domain/board-move.js';
import type { Actor } from '../domain/permissions.js';
import type { ZProjectArchive } from '../domain/project-input.js';
import { AppError } from './app-error.js';
import { recordAudit } from './audit.js';
import { authorize } from './authorize.js';
import { recordBoardEvent } from './board-events.js';
import { lockBoardOrder, readColumn } from './board-order.js';
import { lastChangedBy, staleVersionError } from './conflicts.js';
import { toCardView } from './views.js';

type TInput = z.output<typeof ZProjectArchive>;
interface Options {
  prisma: PrismaClient;
  actor: Actor;
  input: TInput;
}

async function readForChange(tx: Prisma.TransactionClient, actor: Actor, input: TInput, isArchived: boolean) {
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
    throw await staleVersionError(tx, { id: input.id, code: project.code });
  return project;
}

/** Takes the project off every board (live), keeping it and its history. */
export async function archiveProject({ prisma, actor, input }: Options) {
  return prisma.$transaction(async (tx) => {
    const project = await readForChange(tx, actor, input, false);
    const { count } = await tx.project.updateMany({
      where: { id: input.id, version: input.expectedVersion, isArchived: false },
      data: { isArchived: true, version: { increment: 1 } },
    });
    if (count !== 1) throw await staleVersionError(tx, { id: input.id, code: project.code });
    await recordAudit(tx, {
      actor,
      action: 'archive',
      entityType: 'project',
      entityId: input.id,
      before: { isArchived: false, stage: project.stage },
      after: { isArchived: true, stage: project.stage },
      reason: input.reason ?? '',
    });
    await recordBoardEvent(tx, { kind: 'project.updated', projectId: input.id, actor });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: cardSelect }));
  });
}

/** Brings an archived project back to its stage, at the end of that column. */
export async function restoreProject({ prisma, actor, input }: Options) {
  return prisma.$transaction(async (tx) => {
    await lockBoardOrder(tx);
    const project = await readForChange(tx, actor, input, true);
    // The column is read while the project is still archived, so it is not its own neighbour.
    const rank = rankForPlacement(await readColumn(tx, project.stage), input.id, {});
    const { count } = await tx.project.updateMany({
      where: { id: input.id, version: input.expectedVersion, isArchived: true },
      data: { isArchived: false, rank, version: { increment: 1 } },
    });
    if (count !== 1) throw await staleVersionError(tx, { id: input.id, code: project.code });
    await recordAudit(tx, {
      actor,
      action: 'restore',
      entityType: 'project',
      entityId: input.id,
      before: { isArchived: true, stage: project.stage },
      after: { isArchived: false, stage: project.stage },
      reason: input.reason ?? '',
    });
    await recordBoardEvent(tx, { kind: 'project.updated', projectId: input.id, actor });
    return toCardView(await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: cardSelect }));
  });
}

/** Every archived project, most recently archived first, with who archived it, when and why. */
export async function listArchivedProjects({ prisma }: { prisma: PrismaClient }) {
  const rows = await prisma.project.findMany({ where: { isArchived: true }, select: cardSelect });
  const entries = await prisma.auditEntry.findMany({
    where: { entityType: 'project', action: 'archive', entityId: { in: rows.map((r) => String(r.id)) } },
    orderBy: { id: 'desc' },
    select: { entityId: true, at: true, actorName: true, reason: true },
  });
  const lastArchive = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) if (!lastArchive.has(entry.entityId)) lastArchive.set(entry.entityId, entry);
  const projects = rows.map((row) => {
    const entry = lastArchive.get(String(row.id));
    return {
      ...toCardView(row),
      archivedAt: entry?.at ?? null,
      archivedBy: entry?.actorName ?? null,
      reason: entry?.reason ?? '',
    };
  });
  const time = (p: { archivedAt: Date | null }) => p.archivedAt?.getTime() ?? 0;
  return projects.sort((a, b) => time(b) - time(a) || a.code.localeCompare(b.code));
}
