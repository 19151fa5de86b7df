import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import {
  fastifyTRPCPlugin,
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { Database } from './db/client.js';
import { countAppliedMigrations } from './db/migrate.js';
import { appRouter, type AppRouter } from './api/router.js';
import type { BoardBus } from './realtime/board-bus.js';
import { SESSION_CHECK_MS } from './realtime/board-feed.js';
import { tagRequestId, type Context } from './api/trpc.js';
import { guardBatchSize, guardStateChange } from './http-guards.js';
import { isSessionActive, resolveSession } from './services/auth/sessions.js';
import { ZAuditFilter } from './domain/audit-input.js';
import { formatErrorMessage } from './domain/error-messages.js';
import type { Permission } from './domain/permissions.js';
import { accessRefusal } from './services/auth/access.js';
import { auditCsv, auditXlsx } from './services/audit/export-audit.js';
import { ZBlockerExportQuery, ZBlockerFilter } from './domain/blocker-input.js';
import { blockersXlsx, XLSX_CONTENT_TYPE } from './services/blockers/export-blockers.js';
import { createBoardReadModel, type BoardReadModel } from './services/board/get-board.js';
import { answerBoardFromBytes } from './http-board.js';
import { createSessionLookups } from './session-lookups.js';
import { registerLedgerRoutes } from './http-ledger.js';
import { createLatestEventId } from './realtime/latest-event-id.js';
import { DOCX_CONTENT_TYPE, minutesDocx } from './services/meetings/minutes-docx.js';
import { ZBulletinExportQuery } from './domain/meeting-input.js';
import { bulletinXlsx } from './services/bulletins/bulletin-xlsx.js';
import { AppError } from './services/shared/app-error.js';

const CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');

export const SESSION_COOKIE = 'backplan_session';

export interface HttpOptions {
  db: Database;
  /** The board's read model; by default one for this app, built here once, told of changes by `boardBus`. */
  board?: BoardReadModel;
  logger: boolean;
  today: () => string;
  sessionIdleMinutes: number;
  boardBus?: BoardBus;
  /** Peers whose X-Forwarded-* headers count (BACKPLAN_TRUST_PROXY); by default nobody's. */
  trustProxy?: boolean | string[];
  /** How often an open event stream re-checks its session. */
  sessionCheckMs?: number;
  /** Where server faults (5xx) go, always, whatever `logger` says; the console by default. */
  faultLog?: FaultLog;
}

/** One line per server fault: the request id its answer carries, what was called, and the full error. */
export type FaultLog = (fault: { requestId: string; what: string; error: unknown }) => void;

const consoleFaultLog: FaultLog = ({ requestId, what, error }) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`${new Date().toISOString()} request ${requestId} failed (${what}): ${detail}`);
};

export function buildHttpApp({
  db,
  logger,
  today,
  sessionIdleMinutes,
  boardBus,
  board = createBoardReadModel({
    prisma: db.prisma,
    latestEventId: createLatestEventId({ prisma: db.prisma, ...(boardBus && { bus: boardBus }) }),
  }),
  trustProxy = false,
  sessionCheckMs = SESSION_CHECK_MS,
  faultLog = consoleFaultLog,
}: HttpOptions) {
  // Batched tRPC calls put every procedure name in the path; the default limit of 100 is too short.
  // Request ids are random, so one quoted from an answer finds its log line even across restarts.
  const app = Fastify({
    logger,
    routerOptions: { maxParamLength: 5000 },
    trustProxy,
    genReqId: () => randomBytes(6).toString('base64url'),
  });
  app.register(fastifyCookie);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Outside tRPC (downloads, health check, static files): a fault is logged and answered without detail.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ error: error.message });
    faultLog({ requestId: request.id, what: `${request.method} ${request.routeOptions.url ?? ''}`, error });
    return reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .send(formatErrorMessage('internal.withId', { requestId: request.id }, languageOf(request)));
  });

  const sessions = createSessionLookups({
    cookieName: SESSION_COOKIE,
    resolve: (token) => resolveSession(db.prisma, token, sessionIdleMinutes),
  });
  const sessionOf = sessions.of;

  async function createContext({ req, res }: CreateFastifyContextOptions): Promise<Context> {
    const session = await sessionOf(req);
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: req.protocol === 'https' };
    return {
      db,
      today: today(),
      board,
      session,
      client: { address: req.ip, userAgent: req.headers['user-agent'] ?? '' },
      cookies: {
        setSession: (token) => void res.setCookie(SESSION_COOKIE, token, cookieOptions),
        clearSession: () => void res.clearCookie(SESSION_COOKIE, cookieOptions),
      },
      ...(boardBus && { boardBus }),
      ...(session && {
        sessionCheck: {
          everyMs: sessionCheckMs,
          isActive: () => isSessionActive(db.prisma, session.sessionId, sessionIdleMinutes),
        },
      }),
    };
  }

  app.register(async (trpcScope) => {
    trpcScope.addHook('onRequest', guardStateChange);
    trpcScope.addHook('onRequest', guardBatchSize);
    trpcScope.addHook('onRequest', sessions.onRequest);
    trpcScope.addHook('onRequest', answerBoardFromBytes({ board, cookieName: SESSION_COOKIE, today, sessionOf }));
    // A write answered here shows on this server's next board read, even before its notification comes.
    trpcScope.addHook('onSend', async (request) => {
      if (request.method === 'POST') board.expectChange();
    });
    await trpcScope.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext,
        onError({ error, path: procedure, req }) {
          // Before the answer is formatted: it carries this request's id, which the log line has too.
          tagRequestId(error, req.id);
          if (getHTTPStatusCodeFromError(error) >= 500) {
            faultLog({ requestId: req.id, what: procedure ?? 'tRPC', error: error.cause ?? error });
          }
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  /** Refuses a download as the API would refuse the procedure, in the reader's language; true when allowed. */
  async function mayDownload(request: FastifyRequest, reply: FastifyReply, permission: Permission) {
    const session = await resolveSession(db.prisma, request.cookies[SESSION_COOKIE], sessionIdleMinutes);
    const refusal = accessRefusal(session, permission);
    if (!refusal) return true;
    await reply
      .code(getHTTPStatusCodeFromError(new TRPCError({ code: refusal.code })))
      .type('text/plain; charset=utf-8')
      .send(formatErrorMessage(refusal.key, refusal.params, languageOf(request)));
    return false;
  }

  // The audit log as CSV or Excel for admins, in the reader's language; a GET that only reads, so the
  // CSRF guard has nothing to protect.
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/audit.${format}`, async (request, reply) => {
      if (!(await mayDownload(request, reply, 'viewAudit'))) return reply;
      const filter = ZAuditFilter.safeParse(request.query);
      if (!filter.success) return badFilter(request, reply);
      const options = { prisma: db.prisma, filter: filter.data, lang: languageOf(request) };
      const body = format === 'csv' ? await auditCsv(options) : await auditXlsx(options);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="backplan-audit-${today()}.${format}"`)
        .send(body);
    });
  }

  // The blocker list as Excel, for everyone who may read: the same filter and order as blocker.list.
  app.get('/blockers.xlsx', async (request, reply) => {
    if (!(await mayDownload(request, reply, 'read'))) return reply;
    const query = ZBlockerExportQuery.safeParse(request.query);
    if (!query.success) return badFilter(request, reply);
    const { lang, ...filter } = query.data;
    const day = today();
    const xlsx = await blockersXlsx({
      prisma: db.prisma,
      today: day,
      filter: ZBlockerFilter.parse(filter),
      lang,
      projectUrl: (id) => `${request.protocol}://${request.host}/projects/${id}`,
    });
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="backplan-blockers-${day}.xlsx"`)
      .send(xlsx);
  });

  // The bulletin (per owner unit, ranked by on-time rate) as Excel, for everyone who may read.
  app.get('/bulletin.xlsx', async (request, reply) => {
    if (!(await mayDownload(request, reply, 'read'))) return reply;
    const query = ZBulletinExportQuery.safeParse(request.query);
    if (!query.success) return badFilter(request, reply);
    const { lang, ...bulletinQuery } = query.data;
    const { buffer, from, to } = await bulletinXlsx({ prisma: db.prisma, today: today(), query: bulletinQuery, lang });
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="backplan-bulletin-${from}-${to}.xlsx"`)
      .send(buffer);
  });

  registerLedgerRoutes(app, { db, board, today, sessionOf, languageOf });

  // A meeting's minutes as Word, for everyone who may read.
  app.get('/meetings/:id/minutes.docx', async (request, reply) => {
    if (!(await mayDownload(request, reply, 'read'))) return reply;
    const id = Number((request.params as { id: string }).id);
    if (!Number.isInteger(id) || id <= 0) return badFilter(request, reply);
    try {
      const { buffer, heldOn } = await minutesDocx({
        prisma: db.prisma,
        today: today(),
        id,
        lang: languageOf(request),
      });
      return reply
        .type(DOCX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="backplan-minutes-${heldOn}-${id}.docx"`)
        .send(buffer);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(formatErrorMessage(error.key, error.params, languageOf(request)));
    }
  });

  // A database that fails or does not answer makes the server unhealthy (503), which is what a load
  // balancer or an orchestrator acts on; a 500 would read as a bug in the check.
  app.get('/healthz', async (_request, reply) => {
    try {
      return { ok: true, database: db.kind, migrations: await countAppliedMigrations(db) };
    } catch (error) {
      // The reason goes to the log: the check is public, and driver errors name hosts and users.
      console.error('Health check: the database did not answer:', error instanceof Error ? error.message : error);
      return reply.code(503).send({ ok: false, database: db.kind, error: 'database unavailable' });
    }
  });

  if (existsSync(CLIENT_DIR)) {
    app.register(fastifyStatic, {
      root: CLIENT_DIR,
      wildcard: false,
      // The build writes .br and .gz beside each asset (scripts/vite-compress-assets.ts).
      preCompressed: true,
      cacheControl: false, // set below, by kind of file
      // Hashed names never change content: a browser keeps them for good. The page itself is asked again.
      setHeaders(res, filePath) {
        const isHashed = filePath.startsWith(path.join(CLIENT_DIR, 'assets') + path.sep);
        res.setHeader('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (e.g. /projects/12) all load the one page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it for you).'),
    );
  }
  return app;
}

/** A download asked with a filter the page would never send: say so in the reader's language. */
function badFilter(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(400)
    .type('text/plain; charset=utf-8')
    .send(formatErrorMessage('validation.failed', {}, languageOf(request)));
}

/** A download link's own `lang`, else the browser's first choice of Chinese or English, else Chinese. */
function languageOf(request: FastifyRequest): 'zh' | 'en' {
  const { lang } = request.query as { lang?: unknown };
  if (lang === 'zh' || lang === 'en') return lang;
  const first = /\b(zh|en)\b/i.exec(request.headers['accept-language'] ?? '')?.[1];
  return first?.toLowerCase() === 'en' ? 'en' : 'zh';
}
