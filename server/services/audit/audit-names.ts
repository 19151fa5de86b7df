import type { PrismaClient } from '../../db/generated/client.js';
import type { AuditNames } from '../../domain/audit-labels.js';
import { toIsoDate } from '../../domain/dates.js';

type Entry = { actorName: string; entityType: string; entityId: string; before: unknown; after: unknown };
type Ids = Record<'users' | 'units' | 'projects' | 'milestones' | 'meetings' | 'actionItems' | 'blockers', Set<number>>;

// Which stored field holds an id of what.
const ID_FIELDS: Record<string, keyof Ids> = {
  ownerUnitId: 'units',
  responsibleUnitId: 'units',
  unitIds: 'units',
  targetMilestoneId: 'milestones',
  dependsOn: 'milestones',
  projectId: 'projects',
  meetingId: 'meetings',
  actionItemId: 'actionItems',
  blockerId: 'blockers',
};
const ENTITY_IDS: Record<string, keyof Ids> = {
  user: 'users',
  unit: 'units',
  project: 'projects',
  meeting: 'meetings',
  actionItem: 'actionItems',
  blocker: 'blockers',
};

function referencedIds(entries: readonly Entry[]): Ids {
  const ids: Ids = {
    users: new Set(),
    units: new Set(),
    projects: new Set(),
    milestones: new Set(),
    meetings: new Set(),
    actionItems: new Set(),
    blockers: new Set(),
  };
  const add = (kind: keyof Ids, value: unknown) => {
    for (const v of Array.isArray(value) ? value : [value]) {
      const id = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
      if (id !== null && id <= 2_147_483_647) ids[kind].add(id);
    }
  };
  for (const entry of entries) {
    const kind = ENTITY_IDS[entry.entityType];
    if (kind) add(kind, entry.entityId);
    for (const side of [entry.before, entry.after]) {
      if (side === null || typeof side !== 'object') continue;
      for (const [field, value] of Object.entries(side)) if (ID_FIELDS[field]) add(ID_FIELDS[field], value);
    }
  }
  return ids;
}

const byId = <T extends { id: number }>(rows: T[], name: (row: T) => string) =>
  Object.fromEntries(rows.map((row) => [String(row.id), name(row)]));

/**
 * Names, as they are now, for every id the entries mention: archived projects included, so a
 * project's name survives its archiving; the actors' display names for the usernames the log keeps.
 */
export async function loadAuditNames(prisma: PrismaClient, entries: readonly Entry[]): Promise<AuditNames> {
  const ids = referencedIds(entries);
  const inIds = (kind: keyof Ids) => ({ where: { id: { in: [...ids[kind]] } } });
  const usernames = [...new Set(entries.map((e) => e.actorName))];
  const [actors, users, units, projects, milestones, meetings, actionItems, blockers] = await Promise.all([
    prisma.user.findMany({ where: { username: { in: usernames } }, select: { username: true, displayName: true } }),
    prisma.user.findMany({ ...inIds('users'), select: { id: true, displayName: true } }),
    prisma.ownerUnit.findMany({ ...inIds('units'), select: { id: true, name: true } }),
    prisma.project.findMany({ ...inIds('projects'), select: { id: true, code: true, name: true } }),
    prisma.milestone.findMany({ ...inIds('milestones'), select: { id: true, name: true } }),
    prisma.meeting.findMany({ ...inIds('meetings'), select: { id: true, heldOn: true, title: true } }),
    prisma.actionItem.findMany({ ...inIds('actionItems'), select: { id: true, text: true } }),
    prisma.blocker.findMany({
      ...inIds('blockers'),
      select: { id: true, category: true, description: true, project: { select: { code: true, name: true } } },
    }),
  ]);
  return {
    actors: Object.fromEntries(actors.map((u) => [u.username, u.displayName])),
    users: byId(users, (u) => u.displayName),
    units: byId(units, (u) => u.name),
    projects: byId(projects, (p) => `${p.code} ${p.name}`),
    milestones: byId(milestones, (m) => m.name),
    meetings: byId(meetings, (m) => `${toIsoDate(m.heldOn)} ${m.title}`),
    actionItems: byId(actionItems, (a) => (a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text)),
    blockers: Object.fromEntries(
      blockers.map((b) => [
        String(b.id),
        { project: `${b.project.code} ${b.project.name}`, category: b.category, description: b.description },
      ]),
    ),
  };
}
