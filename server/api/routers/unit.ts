import { ZUnitInput, ZUnitUpdate } from '../../domain/auth-input.js';
import { createUnit, listUnits, updateUnit } from '../../services/units.js';
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
