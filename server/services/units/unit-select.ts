import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../shared/app-error.js';

export const unitSelect = { id: true, code: true, name: true, kind: true } as const;

/** Refuses a code or a name another unit already has. */
export async function assertUnitFree(
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
