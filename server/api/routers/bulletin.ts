import { ZBulletinItems, ZBulletinQuery } from '../../domain/meeting-input.js';
import { getBulletin } from '../../services/bulletins/get-bulletin.js';
import { listBulletinItems } from '../../services/bulletins/list-bulletin-items.js';
import { permitted, router } from '../trpc.js';

export const bulletinRouter = router({
  /** Per owner unit, the period's figures, ranked by on-time rate. */
  get: permitted('read')
    .input(ZBulletinQuery.prefault({}))
    .query(({ ctx, input }) => getBulletin({ prisma: ctx.db.prisma, today: ctx.today, query: input })),
  /** The items one figure of one unit counts. */
  items: permitted('read')
    .input(ZBulletinItems)
    .query(({ ctx, input }) =>
      listBulletinItems({
        prisma: ctx.db.prisma,
        today: ctx.today,
        query: input.query,
        unitId: input.unitId,
        figure: input.figure,
      }),
    ),
});
