import type { z } from 'zod';
import type { ZUnitInput } from '../../domain/auth-input.js';
import { recordAudit } from '../shared/record-audit.js';
import { assertUnitFree, unitSelect } from './unit-select.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { conflictOnUniqueViolation } from '../shared/unique-violation.js';

export async function createUnit({ prisma, actor, input }: ActorOptions<z.output<typeof ZUnitInput>>) {
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        await assertUnitFree(tx, input);
        const unit = await tx.ownerUnit.create({ data: input, select: unitSelect });
        await recordAudit(tx, { actor, action: 'create', entityType: 'unit', entityId: unit.id, after: input });
        return unit;
      }),
    () => assertUnitFree(prisma, input),
  );
}
