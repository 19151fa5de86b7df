import { ZAuditPage, ZProjectHistoryPage } from '../../domain/audit-input.js';
import { listAudit } from '../../services/audit/list-audit.js';
import { projectHistory } from '../../services/audit/get-project-history.js';
import { permitted, router } from '../trpc.js';

export const auditRouter = router({
  list: permitted('viewAudit')
    .input(ZAuditPage)
    .query(({ ctx, input: { beforeId, limit, ...filter } }) =>
      listAudit({ prisma: ctx.db.prisma, filter, limit, ...(beforeId && { beforeId }) }),
    ),
  /** A project's history, for everyone who may see the project. */
  forProject: permitted('read')
    .input(ZProjectHistoryPage)
    .query(({ ctx, input }) =>
      projectHistory({ prisma: ctx.db.prisma, projectId: input.entityId, cursor: input.cursor ?? undefined }),
    ),
});
