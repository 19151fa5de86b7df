import type { PrismaClient } from '../../db/generated/client.js';

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  isDisabled: true,
  mustChangePassword: true,
  createdAt: true,
  units: { select: { unit: { select: { id: true, name: true } } } },
  sessions: { where: { revokedAt: null }, select: { lastSeenAt: true }, orderBy: { lastSeenAt: 'desc' }, take: 1 },
} as const;

export async function listUsers({ prisma }: { prisma: PrismaClient }) {
  const users = await prisma.user.findMany({ orderBy: { username: 'asc' }, select: userSelect });
  return users.map(({ units, sessions, ...user }) => ({
    ...user,
    units: units.map((u) => u.unit),
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
  }));
}
