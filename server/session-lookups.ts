// Who is behind a cookie, asked once for the requests that carry it within a second. A page asks a burst
// of procedures at once (the board, notifications, the user…), and a person dragging cards sends one
// request after another: each would otherwise spend three queries on PGlite's one connection, queued
// behind the writers, before doing its own work.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionInfo } from './services/auth/sessions.js';

/** How long one lookup answers the requests that carry its cookie. */
export const SESSION_REUSE_MS = 1_000;

/** Writes that can end or change a session: sign-in and -out, passwords, users' roles, units and sessions. */
const SESSION_WRITE = /\/trpc\/(?:[^?]*,)?(?:auth|user)\./;

export interface SessionLookups {
  /** The session of the request's cookie, or null; shared with the requests of the last second. */
  of(request: FastifyRequest): Promise<SessionInfo | null>;
  /** An `onRequest` hook: a write that can end or change a session forgets every lookup, before and after it. */
  onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

interface Lookup {
  result: Promise<SessionInfo | null>;
  /** The session writes seen when the lookup began: a later write makes it stale. */
  writes: number;
  answeredAt?: number;
}

/**
 * A sign-out, a revoked session or a disabled user on this server is seen by the next request; on
 * another server sharing the PostgreSQL database, at most SESSION_REUSE_MS later.
 */
export function createSessionLookups({
  cookieName,
  resolve,
}: {
  cookieName: string;
  resolve(token: string | undefined): Promise<SessionInfo | null>;
}): SessionLookups {
  const lookups = new Map<string, Lookup>();
  let writes = 0;
  const forgetAll = () => {
    writes++;
    lookups.clear();
  };

  function of(request: FastifyRequest): Promise<SessionInfo | null> {
    const token = request.cookies[cookieName];
    if (!token) return resolve(token);
    const now = performance.now();
    const kept = lookups.get(token);
    if (
      kept &&
      kept.writes === writes &&
      (kept.answeredAt === undefined || now - kept.answeredAt <= SESSION_REUSE_MS)
    ) {
      return kept.result;
    }
    const lookup: Lookup = { result: resolve(token), writes };
    lookups.set(token, lookup);
    const forget = () => lookups.get(token) === lookup && lookups.delete(token);
    lookup.result.then(() => {
      lookup.answeredAt = performance.now();
      setTimeout(forget, SESSION_REUSE_MS).unref();
    }, forget);
    return lookup.result;
  }

  return {
    of,
    async onRequest(request, reply) {
      if (request.method === 'GET' || request.method === 'HEAD' || !SESSION_WRITE.test(request.url)) return;
      // Before the write and once it is answered: a lookup begun meanwhile may predate its commit.
      forgetAll();
      reply.raw.once('close', forgetAll);
    },
  };
}
