import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';
import { recordAudit } from '../shared/record-audit.js';

/** Ends every open session of the person (a lost laptop, someone leaving). */
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
