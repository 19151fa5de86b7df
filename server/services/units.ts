import type { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import type { ZUnitInput, ZUnitUpdate } from '../domain/auth-input.js';
import type { Actor } from '../domain/permissions.js';
import { AppError } from './app-error.js';
import { changedFields, recordAudit } from './audit.js';
import { recordBoardEvent } from './board-events.js';
import { conflictOnUniqueViolation } from './shared/unique-violation.js';

const unitSelect = { id: true, code: true, name: true, kind: true } as const;

export async function listUnits({ prisma }: { prisma: PrismaClient }) {
  return prisma.ownerUnit.findMany({ orderBy: [{ kind: 'asc' }, { code: 'asc' }], select: unitSelect });
}

async function assertFree(
  prisma: Pick<PrismaClient, 'ownerUnit'>,
  fields: { code?: string; name?: string },
  exceptId?: number,
) {
  const clash = await prisma.ownerUnit.findFirst({
    where: { OR: [{ code: fields.code ?? '' }, { name: fields.name ?? '' }], NOT: { id: exceptId ?? -1 } },
    select: { code: true, name: true },
  });
  if (!clash) return;
  if (clash.code === fields.code) throw new AppError('CONFLICT', 'unit.codeTaken', { code: clash.code });
  throw new AppError('CONFLICT', 'unit.nameTaken', { name: clash.name });
}

export async function createUnit({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZUnitInput>;
}) {
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        await assertFree(tx, input);
        const unit = await tx.ownerUnit.create({ data: input, select: unitSelect });
        await recordAudit(tx, { actor, action: 'create', entityType: 'unit', entityId: unit.id, after: input });
        return unit;
      }),
    () => assertFree(prisma, input),
  );
}

export async function updateUnit({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZUnitUpdate>;
}) {
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.ownerUnit.findUnique({ where: { id: input.id }, select: unitSelect });
        if (!current) throw new AppError('NOT_FOUND', 'unit.notFound', { id: input.id });
        await assertFree(tx, input.patch, input.id);
        const unit = await tx.ownerUnit.update({ where: { id: input.id }, data: input.patch, select: unitSelect });
        await recordAudit(tx, {
          actor,
          action: 'update',
          entityType: 'unit',
          entityId: input.id,
          ...changedFields(current, input.patch),
        });
        await recordBoardEvent(tx, { kind: 'units.changed', actor }); // cards show the unit's name
        return unit;
      }),
    () => assertFree(prisma, input.patch, input.id),
  );
}
