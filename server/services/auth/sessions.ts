import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

export const DEFAULT_SESSION_IDLE_MINUTES = 8 * 60;
/**
 * A use is recorded when the last one recorded is older than this, so a page's burst of requests writes
 * once; the idle check allows the same span, so a session never ends before `idleMinutes` after its
 * last use, and at most this much later.
 */
export const TOUCH_EVERY_MS = 1_000;

export interface SessionInfo {
  sessionId: string;
  actor: Actor;
  mustChangePassword: boolean;
}

/** The table keeps a hash of the token: a copy of the table is no key to anyone's session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  tx: Prisma.TransactionClient,
  userId: number,
  client: { address: string; userAgent: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.session.create({
    data: { id: sessionIdOf(token), userId, address: client.address, userAgent: client.userAgent.slice(0, 300) },
  });
  return token;
}

export const actorSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  mustChangePassword: true,
  isDisabled: true,
  units: { select: { unitId: true } },
} as const;

export function toActor(user: Prisma.UserGetPayload<{ select: typeof actorSelect }>): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitIds: user.units.map((u) => u.unitId),
  };
}

/** The signed-in person behind a cookie, or null when the session is unknown, revoked, idle too long or the user disabled. */
export async function resolveSession(
  prisma: PrismaClient,
  token: string | undefined,
  idleMinutes: number,
  now = new Date(),
): Promise<SessionInfo | null> {
  if (!token) return null;
  const id = sessionIdOf(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: { lastSeenAt: true, revokedAt: true, user: { select: actorSelect } },
  });
  if (!session || hasEnded(session, idleMinutes, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return { sessionId: id, actor: toActor(session.user), mustChangePassword: session.user.mustChangePassword };
}

/**
 * Whether a session still holds, judged as resolveSession judges it but without counting the question as
 * use: an open event stream asks it, and watching must not keep an idle session alive.
 */
export async function isSessionActive(
  prisma: PrismaClient,
  sessionId: string,
  idleMinutes: number,
  now = new Date(),
): Promise<boolean> {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { lastSeenAt: true, revokedAt: true, user: { select: { isDisabled: true } } },
  });
  return session !== null && !hasEnded(session, idleMinutes, now);
}

function hasEnded(
  session: { lastSeenAt: Date; revokedAt: Date | null; user: { isDisabled: boolean } },
  idleMinutes: number,
  now: Date,
): boolean {
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  return session.revokedAt !== null || session.user.isDisabled || idleMs > idleMinutes * 60_000 + TOUCH_EVERY_MS;
}

export async function revokeSession(prisma: Pick<PrismaClient, 'session'>, sessionId: string): Promise<void> {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
