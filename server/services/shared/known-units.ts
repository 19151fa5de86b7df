import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from './app-error.js';

/**
 * Refuses ids of owner units that do not exist (400 naming the field), before they reach a foreign key
 * whose violation would be a 500 and, on PostgreSQL, spoil the transaction.
 */
export async function assertUnitsExist(
  prisma: Pick<PrismaClient, 'ownerUnit'>,
  unitIds: readonly number[],
  field: string,
): Promise<void> {
  if (unitIds.length === 0) return;
  const found = await prisma.ownerUnit.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true } });
  const known = new Set(found.map((unit) => unit.id));
  const missing = unitIds.find((id) => !known.has(id));
  if (missing !== undefined) throw new AppError('BAD_REQUEST', 'validation.unknownUnit', { id: missing, field });
}
