import type { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import type { ZUserCreate, ZUserUpdate } from '../domain/auth-input.js';
import type { Actor } from '../domain/permissions.js';
import { AppError } from './app-error.js';
import { changedFields, recordAudit } from './audit.js';
import { hashPassword } from './auth/passwords.js';
import { assertUnitsExist } from './shared/known-units.js';
import { conflictOnUniqueViolation } from './shared/unique-violation.js';

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

export async function createUser({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZUserCreate>;
}) {
  const passwordHash = await hashPassword(input.password);
  const assertFree = async (db: Pick<PrismaClient, 'user'>) => {
    if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'user.usernameTaken', { username: input.username });
    }
  };
  return conflictOnUniqueViolation(
    () =>
      prisma.$transaction(async (tx) => {
        await assertFree(tx);
        await assertUnitsExist(tx, input.unitIds, 'unitIds');
        const user = await tx.user.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            role: input.role,
            passwordHash,
            mustChangePassword: true,
            units: { create: input.unitIds.map((unitId) => ({ unitId })) },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor,
          action: 'create',
          entityType: 'user',
          entityId: user.id,
          after: { username: input.username, displayName: input.displayName, role: input.role, unitIds: input.unitIds },
        });
        return user;
      }),
    () => assertFree(prisma),
  );
}

export async function updateUser({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZUserUpdate>;
}) {
  const { id, patch } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id },
      select: { displayName: true, role: true, isDisabled: true, units: { select: { unitId: true } } },
    });
    if (!current) throw new AppError('NOT_FOUND', 'user.notFound', { id });
    const losesAdmin = current.role === 'admin' && ((patch.role && patch.role !== 'admin') || patch.isDisabled);
    if (losesAdmin && (await tx.user.count({ where: { role: 'admin', isDisabled: false } })) <= 1) {
      throw new AppError('BAD_REQUEST', 'user.lastAdmin');
    }
    const { unitIds, ...fields } = patch;
    await tx.user.update({ where: { id }, data: fields });
    if (unitIds) {
      await assertUnitsExist(tx, unitIds, 'patch.unitIds');
      await tx.userUnit.deleteMany({ where: { userId: id } });
      await tx.userUnit.createMany({ data: unitIds.map((unitId) => ({ userId: id, unitId })) });
    }
    if (patch.isDisabled)
      await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    const before = { ...current, unitIds: current.units.map((u) => u.unitId), units: undefined };
    const diff = changedFields(before, patch);
    const action = patch.role && patch.role !== current.role ? 'roleChange' : 'update';
    await recordAudit(tx, { actor, action, entityType: 'user', entityId: id, ...diff });
  });
}

/** A temporary password the person must change at the next sign-in; their open sessions end. */
export async function resetPassword({
  prisma,
  actor,
  id,
  newPassword,
}: {
  prisma: PrismaClient;
  actor: Actor;
  id: number;
  newPassword: string;
}) {
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id }, data: { passwordHash, mustChangePassword: true } });
    if (count === 0) throw new AppError('NOT_FOUND', 'user.notFound', { id });
    await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor, action: 'resetPassword', entityType: 'user', entityId: id });
  });
}

export async function revokeSessions({ prisma, actor, id }: { prisma: PrismaClient; actor: Actor; id: number }) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { userId: id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      actor,
      action: 'revokeSessions',
      entityType: 'user',
      entityId: id,
      after: { sessions: count },
    });
  });
}
