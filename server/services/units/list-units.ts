import type { PrismaClient } from '../../db/generated/client.js';
import { unitSelect } from './unit-select.js';

export async function listUnits({ prisma }: { prisma: PrismaClient }) {
  return prisma.ownerUnit.findMany({ orderBy: [{ kind: 'asc' }, { code: 'asc' }], select: unitSelect });
}
