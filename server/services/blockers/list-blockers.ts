import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { blockerSelect } from '../../db/selects.js';
import type { ZBlockerFilter } from '../../domain/blocker-input.js';
import { sortBlockers } from '../../domain/blockers.js';
import { toBlockerView } from './blocker-view.js';

export type TBlockerFilterOutput = z.output<typeof ZBlockerFilter>;

/**
 * The blocker list (by default every blocker still holding a project up), filtered and sorted.
 * Sorting happens here rather than in SQL: age and lateness depend on today, and unit names sort in
 * pinyin order the same way on every database; the list is a district's blockers, not a big table.
 */
export async function listBlockers({
  prisma,
  today,
  filter,
}: {
  prisma: PrismaClient;
  today: string;
  filter: TBlockerFilterOutput;
}) {
  const where: Prisma.BlockerWhereInput = {
    status: { in: filter.status },
    project: { isArchived: false },
    ...(filter.level && { level: filter.level }),
    ...(filter.responsibleUnitId && { responsibleUnitId: filter.responsibleUnitId }),
    ...(filter.category && { category: filter.category }),
  };
  const rows = await prisma.blocker.findMany({ where, select: blockerSelect });
  const views = rows.map((row) => toBlockerView(row, today)).filter((b) => !filter.overdueOnly || b.isOverdue);
  return sortBlockers(views, filter.sort, filter.direction);
}
