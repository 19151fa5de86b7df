import type { PrismaClient } from '../db/generated/client.js';

export async function listUnits({ prisma }: { prisma: PrismaClient }) {
  return prisma.ownerUnit.findMany({
    orderBy: [{ kind: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, kind: true },
  });
}
