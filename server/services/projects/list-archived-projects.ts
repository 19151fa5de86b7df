import type { PrismaClient } from '../../db/generated/client.js';
import { cardSelect } from '../../db/selects.js';
import { toCardView } from '../shared/views.js';

/** Every archived project, most recently archived first, with who archived it, when and why. */
export async function listArchivedProjects({ prisma }: { prisma: PrismaClient }) {
  const rows = await prisma.project.findMany({ where: { isArchived: true }, select: cardSelect });
  const entries = await prisma.auditEntry.findMany({
    where: { entityType: 'project', action: 'archive', entityId: { in: rows.map((r) => String(r.id)) } },
    orderBy: { id: 'desc' },
    select: { entityId: true, at: true, actorName: true, reason: true },
  });
  const lastArchive = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) if (!lastArchive.has(entry.entityId)) lastArchive.set(entry.entityId, entry);
  const projects = rows.map((row) => {
    const entry = lastArchive.get(String(row.id));
    return {
      ...toCardView(row),
      archivedAt: entry?.at ?? null,
      archivedBy: entry?.actorName ?? null,
      reason: entry?.reason ?? '',
    };
  });
  const time = (p: { archivedAt: Date | null }) => p.archivedAt?.getTime() ?? 0;
  return projects.sort((a, b) => time(b) - time(a) || a.code.localeCompare(b.code));
}
