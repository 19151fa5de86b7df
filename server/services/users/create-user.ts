import type { z } from 'zod';
import type { ZUserCreate } from '../../domain/auth-input.js';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ActorOptions } from '../shared/actor-options.js';

export async function createUser({ prisma, actor, input }: ActorOptions<z.output<typeof ZUserCreate>>) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'user.usernameTaken', { username: input.username });
    }
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
  });
}
