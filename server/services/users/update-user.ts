import type { z } from 'zod';
import type { ZUserUpdate } from '../../domain/auth-input.js';
import { AppError } from '../shared/app-error.js';
import { changedFields, recordAudit } from '../shared/record-audit.js';
import { assertUnitsExist } from '../shared/known-units.js';
import type { ActorOptions } from '../shared/actor-options.js';

export async function updateUser({ prisma, actor, input }: ActorOptions<z.output<typeof ZUserUpdate>>) {
  const { id, patch } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id },
      select: { displayName: true, role: true, isDisabled: true, units: { select: { unitId: true } } },
    });
    if (!current) throw new AppError('NOT_FOUND', 'user.notFound', { id });
    const losesAdmin = current.role === 'admin' && ((patch.role && patch.role !== 'admin') || patch.isDisabled);
    if (losesAdmin && (await tx.user.count({ where: { role: 'admin', isDisabled: false } })) <= 1) {
      throw new AppError('BAD_REQUEST', 'user.lastAdmin');
    }
    const { unitIds, ...fields } = patch;
    await tx.user.update({ where: { id }, data: fields });
    if (unitIds) {
      await assertUnitsExist(tx, unitIds, 'patch.unitIds');
      await tx.userUnit.deleteMany({ where: { userId: id } });
      await tx.userUnit.createMany({ data: unitIds.map((unitId) => ({ userId: id, unitId })) });
    }
    if (patch.isDisabled)
      await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    const before = { ...current, unitIds: current.units.map((u) => u.unitId), units: undefined };
    const diff = changedFields(before, patch);
    const action = patch.role && patch.role !== current.role ? 'roleChange' : 'update';
    await recordAudit(tx, { actor, action, entityType: 'user', entityId: id, ...diff });
  });
}
