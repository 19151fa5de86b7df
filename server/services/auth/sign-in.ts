import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { actorSelect, createSession, toActor } from './sessions.js';

/**
 * Failures counted over this window; an account or address over its limit waits the window out. Each
 * failure in a row, for the account or from the address, doubles the wait before the answer (from
 * `firstDelayMs` up to `maxDelayMs`), so guessing gets slow before it gets locked.
 */
export const LOCKOUT = {
  windowMinutes: 15,
  accountFailures: 5,
  addressFailures: 20,
  firstDelayMs: 250,
  maxDelayMs: 2_000,
};

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
  // The attempt counts as a failure before the password is checked (about 50 ms), and it counts only
  // the attempts before it (by id): of a burst of parallel guesses, the first ones up to the limit are
  // checked and the rest refused, however they interleave. A refused attempt is taken back, as a locked
  // account's tries never counted; a right password clears it with the account's other failures.
  const attempt = await prisma.signInFailure.create({
    data: { username, address: client.address },
    select: { id: true },
  });
  const takeBack = () => prisma.signInFailure.deleteMany({ where: { id: attempt.id } });
  const upToThis = { at: { gt: new Date(Date.now() - LOCKOUT.windowMinutes * 60_000) }, id: { lte: attempt.id } };
  const [byAddress, byAccount] = await Promise.all([
    prisma.signInFailure.count({ where: { address: client.address, ...upToThis } }),
    prisma.signInFailure.count({ where: { username, ...upToThis } }),
  ]);
  const locked = (key: 'auth.locked' | 'auth.addressLocked') =>
    new AppError('TOO_MANY_REQUESTS', key, { minutes: LOCKOUT.windowMinutes });
  if (byAddress > LOCKOUT.addressFailures || byAccount > LOCKOUT.accountFailures) {
    await takeBack();
    throw locked(byAddress > LOCKOUT.addressFailures ? 'auth.addressLocked' : 'auth.locked');
  }

  const user = await prisma.user.findUnique({ where: { username }, select: { ...actorSelect, passwordHash: true } });
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !isMatch) {
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: 'signInFailed',
        entityType: 'user',
        entityId: username,
        after: { address: client.address },
      }),
    );
    const inARow = Math.max(byAccount, byAddress);
    await sleep(Math.min(LOCKOUT.firstDelayMs * 2 ** (inARow - 1), LOCKOUT.maxDelayMs));
    if (byAccount >= LOCKOUT.accountFailures) throw locked('auth.locked');
    throw new AppError('UNAUTHORIZED', 'auth.badCredentials');
  }
  if (user.isDisabled) {
    await takeBack(); // the right password: no guess to count
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: 'signInRefused',
        entityType: 'user',
        entityId: user.id,
        reason: 'disabled',
        after: { address: client.address },
      }),
    );
    throw new AppError('FORBIDDEN', 'auth.disabled');
  }

  const actor = toActor(user);
  const token = await prisma.$transaction(async (tx) => {
    await tx.signInFailure.deleteMany({ where: { username } }); // this attempt among them
    await recordAudit(tx, { actor, action: 'signIn', entityType: 'user', entityId: user.id });
    return createSession(tx, user.id, client);
  });
  return { token, actor, mustChangePassword: user.mustChangePassword };
}

/**
 * A password check that counts as sign-in's do (the current password at a change): the attempt counts
 * before the check, a check over the limit is refused at once, and a wrong one waits as a failed sign-in.
 */
export async function countGuess(prisma: PrismaClient, username: string, address: string) {
  const attempt = await prisma.signInFailure.create({ data: { username, address }, select: { id: true } });
  const takeBack = async () => void (await prisma.signInFailure.deleteMany({ where: { id: attempt.id } }));
  const upToThis = { at: { gt: new Date(Date.now() - LOCKOUT.windowMinutes * 60_000) }, id: { lte: attempt.id } };
  const [byAddress, byAccount] = await Promise.all([
    prisma.signInFailure.count({ where: { address, ...upToThis } }),
    prisma.signInFailure.count({ where: { username, ...upToThis } }),
  ]);
  const locked = () =>
    new AppError('TOO_MANY_REQUESTS', 'auth.tooManyPasswordChecks', { minutes: LOCKOUT.windowMinutes });
  if (byAddress > LOCKOUT.addressFailures || byAccount > LOCKOUT.accountFailures) {
    await takeBack();
    throw locked();
  }
  return {
    takeBack,
    async failed() {
      const inARow = Math.max(byAccount, byAddress);
      await sleep(Math.min(LOCKOUT.firstDelayMs * 2 ** (inARow - 1), LOCKOUT.maxDelayMs));
      if (byAccount >= LOCKOUT.accountFailures) throw locked();
    },
  };
}
