import type { z } from 'zod';
import type { ZUnitUpdate } from '../../domain/auth-input.js';
import { AppError } from '../shared/app-error.js';
import { changedFields } from '../shared/record-audit.js';
import { recordChange } from '../shared/record-change.js';
import { assertUnitFree, unitSelect } from './unit-select.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { conflictOnUniqueViolation } from '../shared/unique-violation.js';

export async function updateUnit({ prisma, actor, input }: ActorOptions<z.output<typeof ZUnitUpdate>>) {
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.ownerUnit.findUnique({ where: { id: input.id }, select: unitSelect });
        if (!current) throw new AppError('NOT_FOUND', 'unit.notFound', { id: input.id });
        await assertUnitFree(tx, input.patch, input.id);
        const unit = await tx.ownerUnit.update({ where: { id: input.id }, data: input.patch, select: unitSelect });
        await recordChange(tx, {
          actor,
          action: 'update',
          entityType: 'unit',
          entityId: input.id,
          ...changedFields(current, input.patch),
          event: 'units.changed', // cards show the unit's name
        });
        return unit;
      }),
    () => assertUnitFree(prisma, input.patch, input.id),
  );
}
