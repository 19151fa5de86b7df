import type { PrismaClient } from '../../db/generated/client.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';

export const DEMO_PASSWORD = 'backplan-demo';
export const DEMO_USERNAMES = ['demo-admin', 'demo-editor', 'demo-viewer'] as const;

/** On an empty user table: one admin with a one-time password, printed once, to be changed at first sign-in. */
export async function ensureFirstAdmin(prisma: PrismaClient, log: (line: string) => void): Promise<void> {
  if ((await prisma.user.count()) > 0) return;
  const password = generatePassword();
  await prisma.user.create({
    data: {
      username: 'admin',
      displayName: '管理员',
      role: 'admin',
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    },
  });
  log(
    `Created the administrator "admin" with the one-time password: ${password} (it must be changed at first sign-in)`,
  );
}

/** The demo accounts; the editor is the liaison of the town that owns the most demo projects. */
export async function ensureDemoAccounts(prisma: PrismaClient): Promise<void> {
  if (await prisma.user.findUnique({ where: { username: 'demo-admin' }, select: { id: true } })) return;
  const busiestTown = await prisma.ownerUnit.findFirst({
    where: { kind: 'town' },
    orderBy: { projects: { _count: 'desc' } },
    select: { id: true },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = [
    { username: 'demo-admin', displayName: '演示管理员', role: 'admin' as const, unitIds: [] },
    {
      username: 'demo-editor',
      displayName: '演示联络员',
      role: 'editor' as const,
      unitIds: busiestTown ? [busiestTown.id] : [],
    },
    { username: 'demo-viewer', displayName: '演示区领导', role: 'viewer' as const, unitIds: [] },
  ];
  for (const { unitIds, ...account } of accounts) {
    await prisma.user.create({
      data: { ...account, passwordHash, units: { create: unitIds.map((unitId) => ({ unitId })) } },
    });
  }
}

// Whether a stored hash is of the demo password never changes, so each hash is verified once:
// admins' "who am I" asks on every page load, and argon2 is slow on purpose.
const isDemoHash = new Map<string, Promise<boolean>>();

/** True while any demo account still has the published password. */
export async function demoAccountsActive(prisma: PrismaClient): Promise<boolean> {
  const users = await prisma.user.findMany({
    where: { username: { in: [...DEMO_USERNAMES] }, isDisabled: false },
    select: { passwordHash: true },
  });
  for (const { passwordHash } of users) {
    if (!isDemoHash.has(passwordHash)) isDemoHash.set(passwordHash, verifyPassword(DEMO_PASSWORD, passwordHash));
    if (await isDemoHash.get(passwordHash)) return true;
  }
  return false;
}
