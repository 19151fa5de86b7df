import type { PrismaClient } from '../../server/db/generated/client.js';
import type { TProjectCreate } from '../../server/domain/project-input.js';

let sequence = 0;

export async function makeUnit(prisma: PrismaClient, name = `测试单位${++sequence}`) {
  return prisma.ownerUnit.create({
    data: { code: `U${++sequence}`, name, kind: 'department' },
    select: { id: true, name: true },
  });
}

export function projectInput(ownerUnitId: number, overrides: Partial<TProjectCreate> = {}): TProjectCreate {
  const n = ++sequence;
  return {
    code: `ZQ-2026-${String(n).padStart(3, '0')}`,
    name: `测试项目${n}`,
    ownerUnitId,
    totalInvestment: '12000.50',
    plannedInvestment: '3000.00',
    targetDate: '2027-06-30',
    ...overrides,
  };
}
