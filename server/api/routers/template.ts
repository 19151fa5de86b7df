import { ZTemplateUpdate } from '../../domain/plan-input.js';
import { listTemplates } from '../../services/templates/list-templates.js';
import { updateTemplate } from '../../services/templates/update-template.js';
import { permitted, router } from '../trpc.js';

export const templateRouter = router({
  list: permitted('read').query(({ ctx }) => listTemplates({ prisma: ctx.db.prisma })),
  update: permitted('manageTemplates')
    .input(ZTemplateUpdate)
    .mutation(({ ctx, input }) => updateTemplate({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
});
