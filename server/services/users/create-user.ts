import type { z } from 'zod';
import type { ZUserCreate } from '../../domain/auth-input.js';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { assertUnitsExist } from '../shared/known-units.js';
import { conflictOnUniqueViolation } from '../shared/unique-violation.js';
import type { PrismaClient } from '../../db/generated/client.js';

export async function createUser({ prisma, actor, input }: ActorOptions<z.output<typeof ZUserCreate>>) {
  const passwordHash = await hashPassword(input.password);
  const assertFree = async (db: Pick<PrismaClient, 'user'>) => {
    if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'user.usernameTaken', { username: input.username });
    }
  };
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        await assertFree(tx);
        await assertUnitsExist(tx, input.unitIds, 'unitIds');
        const user = await tx.user.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            role: input.role,
            passwordHash,
            mustChangePassword: true,
            units: { create: input.unitIds.map((unitId) => ({ unitId })) },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor,
          action: 'create',
          entityType: 'user',
          entityId: user.id,
          after: { username: input.username, displayName: input.displayName, role: input.role, unitIds: input.unitIds },
        });
        return user;
      }),
    () => assertFree(prisma),
  );
}
