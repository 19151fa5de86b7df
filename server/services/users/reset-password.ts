import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';

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
