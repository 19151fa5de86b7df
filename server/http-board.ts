// GET /trpc/board.get answered from the board read model's bytes, before tRPC: the answer is the exact
// body the procedure would send, compressed as the browser asks, with an ETag (`no-cache`: the browser
// revalidates every time and gets a 304 while the board is unchanged). Whoever the procedure would
// refuse, and batched or other calls, go on to tRPC, which answers them as always.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BoardEncoding } from './services/board/board-bytes.js';
import type { BoardReadModel } from './services/board/get-board.js';
import { accessRefusal } from './services/auth/access.js';
import type { SessionInfo } from './services/auth/sessions.js';

export const BOARD_GET_PATH = '/trpc/board.get';

export interface BoardAnswerOptions {
  board: BoardReadModel;
  /** The session cookie's name. */
  cookieName: string;
  today: () => string;
  /** The same lookup tRPC's context makes from the request's cookie (session-lookups.ts). */
  sessionOf(request: FastifyRequest): Promise<SessionInfo | null>;
}

/**
 * How long a reader waits for the newest board before it gets the last one built. A session that wrote
 * in the last WRITER_MS always waits, so a person sees their own change; the others see it on the
 * change's event, or at the latest on their next read once the refresh is done.
 */
export const BOARD_PATIENCE_MS = 1_000;
const WRITER_MS = 30_000;

export function answerBoardFromBytes({ board, cookieName, today, sessionOf }: BoardAnswerOptions) {
  /** Session token → until when its reads wait for the newest board. */
  const writers = new Map<string, number>();
  const isWriter = (token: string | undefined) => {
    const until = token === undefined ? undefined : writers.get(token);
    if (until !== undefined && until < performance.now()) writers.delete(token!);
    return until !== undefined && until >= performance.now();
  };
  return async function onRequest(request: FastifyRequest, reply: FastifyReply) {
    const token = request.cookies[cookieName];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (token !== undefined) writers.set(token, performance.now() + WRITER_MS);
      if (writers.size > 1_000) for (const other of writers.keys()) isWriter(other); // drops the expired
      return;
    }
    const [path, query = ''] = request.url.split('?', 2) as [string, string?];
    if (path !== BOARD_GET_PATH || new URLSearchParams(query).has('batch')) return;
    if (accessRefusal(await sessionOf(request), 'read')) return;
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const patienceMs = isWriter(token) ? Infinity : BOARD_PATIENCE_MS;
    const bytes = await board.bytes(today(), encoding, { patienceMs });
    reply.header('etag', bytes.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], bytes.etag)) return reply.code(304).send();
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.type('application/json').send(await bytes.encoded(encoding));
  };
}

/** br, else gzip, else none, as `Accept-Encoding` allows (a q of 0 refuses). */
export function preferredEncoding(header: string | undefined): BoardEncoding {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
