import { ZUnitInput, ZUnitUpdate } from '../../domain/auth-input.js';
import { createUnit } from '../../services/units/create-unit.js';
import { listUnits } from '../../services/units/list-units.js';
import { updateUnit } from '../../services/units/update-unit.js';
import { permitted, router } from '../trpc.js';

export const unitRouter = router({
  list: permitted('read').query(({ ctx }) => listUnits({ prisma: ctx.db.prisma })),
  create: permitted('manageUnits')
    .input(ZUnitInput)
    .mutation(({ ctx, input }) => createUnit({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  update: permitted('manageUnits')
    .input(ZUnitUpdate)
    .mutation(({ ctx, input }) => updateUnit({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
});
