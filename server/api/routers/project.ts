import { ZProjectCreate, ZProjectId, ZProjectMove, ZProjectUpdate } from '../../domain/project-input.js';
import { createProject } from '../../services/create-project.js';
import { getProject } from '../../services/get-project.js';
import { moveProject } from '../../services/move-project.js';
import { updateProject } from '../../services/update-project.js';
import { publicProcedure, router } from '../trpc.js';

export const projectRouter = router({
  get: publicProcedure
    .input(ZProjectId)
    .query(({ ctx, input }) => getProject({ prisma: ctx.db.prisma, id: input.id, today: ctx.today })),
  create: publicProcedure
    .input(ZProjectCreate)
    .mutation(({ ctx, input }) => createProject({ prisma: ctx.db.prisma, input })),
  update: publicProcedure
    .input(ZProjectUpdate)
    .mutation(({ ctx, input }) => updateProject({ prisma: ctx.db.prisma, input })),
  move: publicProcedure
    .input(ZProjectMove)
    .mutation(({ ctx, input }) => moveProject({ prisma: ctx.db.prisma, input, actor: ctx.actor })),
});
