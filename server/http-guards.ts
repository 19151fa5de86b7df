// Cross-site request forgery: only a JSON POST from our own pages may change anything. Browsers
// send Origin (and Sec-Fetch-Site) with every cross-site POST, so a mismatch is refused; a client
// that sends neither is not a browser riding on someone's cookie.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatErrorMessage } from './domain/error-messages.js';

export function isSameOrigin(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite) return fetchSite === 'same-origin' || fetchSite === 'none';
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export async function guardStateChange(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
  const contentType = request.headers['content-type'] ?? '';
  if (request.method !== 'POST' || !contentType.startsWith('application/json')) {
    await reply.code(415).send({ error: 'Changes are accepted only as POST with Content-Type: application/json.' });
  } else if (!isSameOrigin(request)) {
    await reply.code(403).send({ error: 'Cross-site request refused.' });
  }
}

/** How many calls one batched tRPC request may carry: one page's queries, not a bulk download. */
export const MAX_BATCH_CALLS = 20;

/** A batch over the limit is refused before anything runs, with the limit in the message. */
export async function guardBatchSize(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const query = request.query as { batch?: unknown };
  if (query.batch !== '1') return;
  const procedures = (request.params as { path?: string }).path ?? request.url.split('?')[0]!.split('/').pop() ?? '';
  const count = procedures.split(',').length;
  if (count <= MAX_BATCH_CALLS) return;
  const params = { max: MAX_BATCH_CALLS, count };
  await reply.code(400).send({
    error: {
      json: {
        message: formatErrorMessage('request.batchTooLarge', params),
        code: -32600,
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          appError: { key: 'request.batchTooLarge', params },
          fieldErrors: null,
        },
      },
    },
  });
}
