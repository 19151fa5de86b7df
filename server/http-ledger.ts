// The ledger out and in over HTTP. GET /exports/ledger.xlsx takes the board's own view parameters
// (q, unit, light, blocked, stage, from, to) and sends what the board shows. POST /imports/ledger takes
// the workbook's bytes (admins only; ?dryRun=1 only reports) and answers JSON. An upload is not a tRPC
// call but it changes data, so it meets the same guards: same origin only, a content type a form post
// cannot send, and the caller's role, all checked before the body is read; then a size cap.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseView } from './domain/board-view.js';
import { isErrorKey } from './domain/error-messages.js';
import { LEDGER_MAX_BYTES } from './domain/ledger.js';
import { formatLedgerMessage, type LedgerMessageKey, type LedgerParams } from './domain/ledger-words.js';
import type { Database } from './db/client.js';
import { isSameOrigin } from './http-guards.js';
import { accessRefusal } from './services/auth/access.js';
import type { SessionInfo } from './services/auth/sessions.js';
import type { BoardReadModel } from './services/board/get-board.js';
import { XLSX_CONTENT_TYPE } from './services/blockers/export-blockers.js';
import { ledgerXlsx } from './services/ledger/export-ledger.js';
import { importLedger } from './services/ledger/import-ledger.js';
import { LedgerFileError } from './services/ledger/read-ledger-workbook.js';
import { AppError } from './services/shared/app-error.js';

const UPLOAD_TYPES = [XLSX_CONTENT_TYPE, 'application/octet-stream'];
const STATUS_OF_CODE: Record<AppError['code'], number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
};

export interface LedgerRouteOptions {
  db: Database;
  board: BoardReadModel;
  today: () => string;
  sessionOf: (request: FastifyRequest) => Promise<SessionInfo | null>;
  languageOf: (request: FastifyRequest) => 'zh' | 'en';
}

/** A refusal as JSON: the key and params for a client to translate, and the words in the request's language. */
function refuse(
  reply: FastifyReply,
  request: FastifyRequest,
  languageOf: LedgerRouteOptions['languageOf'],
  status: number,
  key: LedgerMessageKey,
  params: LedgerParams = {},
) {
  return reply
    .code(status)
    .send({ error: { key, params }, message: formatLedgerMessage(key, params, languageOf(request)) });
}

export function registerLedgerRoutes(app: FastifyInstance, options: LedgerRouteOptions) {
  const { db, board, today, sessionOf, languageOf } = options;

  app.get('/exports/ledger.xlsx', async (request, reply) => {
    const refusal = accessRefusal(await sessionOf(request), 'read');
    if (refusal) return refuse(reply, request, languageOf, STATUS_OF_CODE[refusal.code], refusal.key, refusal.params);
    const day = today();
    const view = parseView(new URLSearchParams(request.url.split('?')[1] ?? ''));
    const xlsx = await ledgerXlsx({ prisma: db.prisma, board, today: day, view, lang: languageOf(request) });
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="backplan-ledger-${day}.xlsx"`)
      .send(xlsx);
  });

  app.register(async (scope) => {
    scope.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: LEDGER_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    const tooLarge = (request: FastifyRequest, reply: FastifyReply) =>
      refuse(reply, request, languageOf, 413, 'ledger.tooLarge', { maxMb: LEDGER_MAX_BYTES / 1024 / 1024 });

    scope.addHook('onRequest', async (request, reply) => {
      if (!isSameOrigin(request)) return refuse(reply, request, languageOf, 403, 'ledger.crossSite');
      const refusal = accessRefusal(await sessionOf(request), 'importLedger');
      if (refusal) return refuse(reply, request, languageOf, STATUS_OF_CODE[refusal.code], refusal.key, refusal.params);
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!UPLOAD_TYPES.includes(contentType)) return refuse(reply, request, languageOf, 415, 'ledger.contentType');
      if (Number(request.headers['content-length'] ?? 0) > LEDGER_MAX_BYTES) return tooLarge(request, reply);
    });
    // A body sent without its length is cut off at the cap while it is read.
    scope.setErrorHandler((error: Error & { code?: string }, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return tooLarge(request, reply);
      throw error;
    });

    scope.post('/imports/ledger', async (request, reply) => {
      const session = await sessionOf(request);
      if (!session) return refuse(reply, request, languageOf, 401, 'auth.required');
      const { dryRun } = request.query as { dryRun?: string };
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      try {
        return await importLedger({
          prisma: db.prisma,
          actor: session.actor,
          bytes,
          // Only an explicit "apply" writes: any other value, or a repeated parameter, is a dry run.
          dryRun: dryRun !== undefined && dryRun !== '0' && dryRun !== 'false',
          lang: languageOf(request),
        });
      } catch (error) {
        if (error instanceof LedgerFileError) {
          return refuse(reply, request, languageOf, error.status, error.key, error.params);
        }
        if (error instanceof AppError && isErrorKey(error.key)) {
          return refuse(reply, request, languageOf, STATUS_OF_CODE[error.code], error.key, error.params);
        }
        throw error;
      } finally {
        board.expectChange();
      }
    });
  });
}
