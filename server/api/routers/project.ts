import {
  ZProjectCreate,
  ZProjectId,
  ZProjectMove,
  ZProjectUpdate,
  ZProjectArchive,
  ZStageGateQuery,
} from '../../domain/project-input.js';
import { archiveProject, listArchivedProjects, restoreProject } from '../../services/archive-project.js';
import { createProject } from '../../services/create-project.js';
import { getProject } from '../../services/get-project.js';
import { moveProject, stageGateFor } from '../../services/move-project.js';
import { updateProject } from '../../services/update-project.js';
import { permitted, router } from '../trpc.js';

export const projectRouter = router({
  get: permitted('read')
    .input(ZProjectId)
    .query(({ ctx, input }) => getProject({ prisma: ctx.db.prisma, id: input.id, today: ctx.today })),
  create: permitted('createProject')
    .input(ZProjectCreate)
    .mutation(({ ctx, input }) => createProject({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  update: permitted('editProject')
    .input(ZProjectUpdate)
    .mutation(({ ctx, input }) => updateProject({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  archive: permitted('editProject')
    .input(ZProjectArchive)
    .mutation(({ ctx, input }) => archiveProject({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  restore: permitted('editProject')
    .input(ZProjectArchive)
    .mutation(({ ctx, input }) => restoreProject({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  listArchived: permitted('read').query(({ ctx }) => listArchivedProjects({ prisma: ctx.db.prisma })),
  move: permitted('editProject')
    .input(ZProjectMove)
    .mutation(({ ctx, input }) => moveProject({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  stageGate: permitted('read')
    .input(ZStageGateQuery)
    .query(({ ctx, input }) => stageGateFor({ prisma: ctx.db.prisma, input })),
});
