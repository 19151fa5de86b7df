import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { countGuess } from './sign-in.js';
import { revokeSession } from './sessions.js';

/**
 * A new password ends the person's other sessions (a thief's among them); the one that changed it goes on.
 * A wrong current password counts as a failed sign-in of the account, from the caller's address, so a
 * stolen session cannot guess the password faster than the sign-in form could (LOCKOUT applies alike).
 */
export async function changePassword({
  prisma,
  actor,
  sessionId,
  currentPassword,
  newPassword,
  client,
}: {
  prisma: PrismaClient;
  actor: Actor;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  client: { address: string };
}) {
  const guess = await countGuess(prisma, actor.username, client.address);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await guess.failed();
    throw new AppError('BAD_REQUEST', 'auth.wrongCurrentPassword');
  }
  await guess.takeBack();
  if (currentPassword === newPassword) throw new AppError('BAD_REQUEST', 'auth.samePassword');
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    const ended = await tx.session.updateMany({
      where: { userId: actor.id, revokedAt: null, id: { not: sessionId } },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      actor,
      action: 'changePassword',
      entityType: 'user',
      entityId: actor.id,
      ...(ended.count > 0 && { after: { sessions: ended.count } }),
    });
  });
}

export async function signOut({ prisma, actor, sessionId }: { prisma: PrismaClient; actor: Actor; sessionId: string }) {
  await prisma.$transaction(async (tx) => {
    await revokeSession(tx, sessionId);
    await recordAudit(tx, { actor, action: 'signOut', entityType: 'user', entityId: actor.id });
  });
}
