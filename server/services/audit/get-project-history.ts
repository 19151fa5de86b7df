import type { PrismaClient } from '../../db/generated/client.js';
import { listAudit } from './list-audit.js';

const PROJECT_HISTORY_PAGE = 50;

/** A project's history a page at a time, newest first, with the cursor of the next (older) page. */
export async function projectHistory({
  prisma,
  projectId,
  cursor,
}: {
  prisma: PrismaClient;
  projectId: string;
  cursor?: number | undefined;
}) {
  const page = await listAudit({
    prisma,
    filter: { entityType: 'project', entityId: projectId },
    limit: PROJECT_HISTORY_PAGE,
    ...(cursor !== undefined && { beforeId: cursor }),
  });
  return {
    entries: page.entries,
    names: page.names,
    nextCursor: page.hasMore ? (page.entries.at(-1)?.id ?? null) : null,
  };
}
