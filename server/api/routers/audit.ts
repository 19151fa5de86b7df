import { ZAuditPage } from '../../domain/audit-input.js';
import { listAudit } from '../../services/audit-log.js';
import { permitted, router } from '../trpc.js';

export const auditRouter = router({
  list: permitted('viewAudit')
    .input(ZAuditPage)
    .query(({ ctx, input: { beforeId, limit, ...filter } }) =>
      listAudit({ prisma: ctx.db.prisma, filter, limit, ...(beforeId && { beforeId }) }),
    ),
  /** A project's history, for everyone who may see the project. */
  forProject: permitted('read')
    .input(ZAuditPage.pick({ entityId: true }).required())
    .query(({ ctx, input }) =>
      listAudit({ prisma: ctx.db.prisma, filter: { entityType: 'project', entityId: input.entityId }, limit: 200 }),
    ),
});
