import {
  ZProjectCreate,
  ZProjectId,
  ZProjectMove,
  ZProjectUpdate,
  ZProjectArchive,
  ZStageGateQuery,
} from '../../domain/project-input.js';
import { archiveProject } from '../../services/projects/archive-project.js';
import { createProject } from '../../services/projects/create-project.js';
import { getProject } from '../../services/projects/get-project.js';
import { stageGateFor } from '../../services/projects/get-stage-gate.js';
import { listArchivedProjects } from '../../services/projects/list-archived-projects.js';
import { moveProject } from '../../services/projects/move-project.js';
import { restoreProject } from '../../services/projects/restore-project.js';
import { updateProject } from '../../services/projects/update-project.js';
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
