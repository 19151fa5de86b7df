import { ZTemplateUpdate } from '../../domain/plan-input.js';
import { listTemplates, updateTemplate } from '../../services/templates.js';
import { publicProcedure, router } from '../trpc.js';

export const templateRouter = router({
  list: publicProcedure.query(({ ctx }) => listTemplates({ prisma: ctx.db.prisma })),
  update: publicProcedure
    .input(ZTemplateUpdate)
    .mutation(({ ctx, input }) => updateTemplate({ prisma: ctx.db.prisma, input })),
});
