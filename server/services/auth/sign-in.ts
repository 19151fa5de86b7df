import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../app-error.js';
import { recordAudit } from '../audit.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { actorSelect, createSession, toActor } from './sessions.js';

/** Failures counted over this window; an account or address over its limit waits the window out. */
export const LOCKOUT = { windowMinutes: 15, accountFailures: 5, addressFailures: 20, maxDelayMs: 2_000 };

// Verified against when the username is unknown, so both answers take as long.
const decoyHash = hashPassword('decoy-password-never-matches');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signIn({
  prisma,
  username,
  password,
  client,
}: {
  prisma: PrismaClient;
  username: string;
  password: string;
  client: { address: string; userAgent: string };
}) {
  const since = new Date(Date.now() - LOCKOUT.windowMinutes * 60_000);
  const [byAddress, byAccount] = await Promise.all([
    prisma.signInFailure.count({ where: { address: client.address, at: { gt: since } } }),
    prisma.signInFailure.count({ where: { username, at: { gt: since } } }),
  ]);
  if (byAddress >= LOCKOUT.addressFailures) {
    throw new AppError('TOO_MANY_REQUESTS', 'auth.addressLocked', { minutes: LOCKOUT.windowMinutes });
  }
  if (byAccount >= LOCKOUT.accountFailures) {
    throw new AppError('TOO_MANY_REQUESTS', 'auth.locked', { minutes: LOCKOUT.windowMinutes });
  }

  const user = await prisma.user.findUnique({ where: { username }, select: { ...actorSelect, passwordHash: true } });
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !isMatch) {
    await prisma.$transaction(async (tx) => {
      await tx.signInFailure.create({ data: { username, address: client.address } });
      await recordAudit(tx, { actor: null, action: 'signInFailed', entityType: 'user', entityId: username });
    });
    // Each failure in a row doubles the wait before the answer, so guessing gets slow before it gets locked.
    await sleep(Math.min(250 * 2 ** byAccount, LOCKOUT.maxDelayMs));
    if (byAccount + 1 >= LOCKOUT.accountFailures) {
      throw new AppError('TOO_MANY_REQUESTS', 'auth.locked', { minutes: LOCKOUT.windowMinutes });
    }
    throw new AppError('UNAUTHORIZED', 'auth.badCredentials');
  }
  if (user.isDisabled) {
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: 'signInRefused',
        entityType: 'user',
        entityId: user.id,
        reason: 'disabled',
      }),
    );
    throw new AppError('FORBIDDEN', 'auth.disabled');
  }

  const actor = toActor(user);
  const token = await prisma.$transaction(async (tx) => {
    await tx.signInFailure.deleteMany({ where: { username } });
    await recordAudit(tx, { actor, action: 'signIn', entityType: 'user', entityId: user.id });
    return createSession(tx, user.id, client);
  });
  return { token, actor, mustChangePassword: user.mustChangePassword };
}
