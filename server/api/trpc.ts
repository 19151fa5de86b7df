import { randomBytes } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import { transformer } from './transformer.js';
import { z, ZodError } from 'zod';
import type { Database } from '../db/client.js';
import type { BoardBus } from '../realtime/board-bus.js';
import type { SessionCheck } from '../realtime/board-feed.js';
import { formatErrorMessage, isErrorKey, type ErrorKey, type ErrorParams } from '../domain/error-messages.js';
import { isUnstorable } from '../domain/input-primitives.js';
import type { Permission } from '../domain/permissions.js';
import { AppError } from '../services/shared/app-error.js';
import { accessRefusal } from '../services/auth/access.js';
import type { SessionInfo } from '../services/auth/sessions.js';
import type { BoardReadModel } from '../services/board/get-board.js';

export interface Context {
  db: Database;
  /** The bureau's calendar date for this request ('YYYY-MM-DD'). */
  today: string;
  /** The board as last built, kept up to date from the event log; one per server. */
  board: BoardReadModel;
  session: SessionInfo | null;
  client: { address: string; userAgent: string };
  cookies: { setSession(token: string): void; clearSession(): void };
  /** Board change notifications; only servers have it (router callers in tests do not subscribe). */
  boardBus?: BoardBus;
  /** How an event stream re-checks the session it was opened with; servers set it for signed-in requests. */
  sessionCheck?: SessionCheck;
}

export interface ErrorDetail {
  key: ErrorKey;
  params: ErrorParams;
  /** What the client acts on beyond the message, e.g. `{ gate }` on a move the stage gate refused. */
  detail?: Record<string, unknown>;
}

/** A field's error as the browser translates it, and in English for API clients and logs. */
export interface FieldError extends ErrorDetail {
  message: string;
}

/** Zod issues become translatable field errors keyed by their path ('patch.name'). */
function fieldErrorsOf(error: ZodError): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (fields[path]) continue;
    const key = isErrorKey(issue.message) ? issue.message : 'validation.invalid';
    const params: ErrorParams = {
      ...('minimum' in issue && { min: Number(issue.minimum) }),
      ...('maximum' in issue && { max: Number(issue.maximum) }),
      // A rule of our own (a refine) names what it is about: the date, the row it clashes with.
      ...(issue.code === 'custom' && (issue.params as ErrorParams | undefined)),
    };
    fields[path] = { key, params, message: formatErrorMessage(key, params) };
  }
  return fields;
}

/** The request id an error answer carries; the server's log line for it carries the same. */
const REQUEST_ID = Symbol('requestId');
type WithRequestId = { [REQUEST_ID]?: string };

/** Tags an error with its request's id before it is logged and formatted (the HTTP layer does it). */
export function tagRequestId(error: Error, requestId: string): void {
  (error as WithRequestId)[REQUEST_ID] = requestId;
}

export function requestIdOf(error: Error): string {
  const tagged = error as WithRequestId;
  return (tagged[REQUEST_ID] ??= randomBytes(6).toString('base64url'));
}

/**
 * A NUL (U+0000) or a lone surrogate anywhere in the input, as a zod-style issue at its path: PostgreSQL
 * refuses both in any text or JSON column (the audit row too), and no procedure has a use for them.
 * Checked once here for every procedure, before zod.
 */
function unstorableIssueIn(value: unknown, path: PropertyKey[] = []): ZodError | null {
  if (typeof value === 'string') {
    if (!isUnstorable(value)) return null;
    // Made by a failing parse, as input validation makes its errors (a ZodError built by hand is no Error).
    const at = path.map(String);
    return (
      z
        .string()
        .refine(() => false, { error: 'validation.text', path: at })
        .safeParse(value).error ?? null
    );
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = isUnstorable(key) ? unstorableIssueIn(key, path) : unstorableIssueIn(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

const t = initTRPC.context<Context>().create({
  // Event streams (board.events): a comment every 15 s keeps proxies from cutting an idle stream, and
  // a browser that hears nothing for 45 s (a connection that died silently) opens a new one.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
  transformer,
  // Never a stack in an answer, in any mode: the server's log has it, under the answer's request id.
  isDev: false,
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data;
    const cause = error.cause;
    if (cause instanceof ZodError) {
      const fieldErrors = fieldErrorsOf(cause);
      const fields = Object.entries(fieldErrors).map(([path, field]) => `${path}: ${field.message}`);
      const appError: ErrorDetail = { key: 'validation.failed', params: {} };
      return {
        ...shape,
        message: `Some input is not valid — ${fields.join('; ')}`,
        data: { ...data, appError, fieldErrors },
      };
    }
    if (cause instanceof AppError) {
      const appError: ErrorDetail = {
        key: cause.key,
        params: cause.params,
        ...(cause.detail && { detail: cause.detail }),
      };
      return { ...shape, data: { ...data, appError, fieldErrors: null } };
    }
    if (error.code !== 'INTERNAL_SERVER_ERROR') {
      // tRPC's own refusals (no such procedure, unreadable JSON): their messages name nothing internal.
      const appError: ErrorDetail = { key: 'internal', params: {} };
      return { ...shape, data: { ...data, appError, fieldErrors: null } };
    }
    // Anything else is a fault: the driver's message names files, hosts and SQL, so it goes to the log
    // only, and the answer says what the reader can act on and how to find the log line.
    const requestId = requestIdOf(error);
    const appError: ErrorDetail = { key: 'internal.withId', params: { requestId } };
    return {
      ...shape,
      message: formatErrorMessage(appError.key, appError.params),
      data: { ...data, appError, requestId, fieldErrors: null },
    };
  },
});

/** Services throw AppError; this is the one place that turns it into a tRPC error code. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw new TRPCError({
      code: result.error.cause.code,
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Refuses input with unstorable text in any string, naming the field, as input validation would. */
const refuseUnstorable = t.middleware(async ({ getRawInput, next }) => {
  const issue = unstorableIssueIn(await getRawInput());
  if (issue) throw new TRPCError({ code: 'BAD_REQUEST', message: issue.message, cause: issue });
  return next();
});

/** Anyone, signed in or not (sign-in itself, who am I). */
export const publicProcedure = t.procedure.use(refuseUnstorable).use(mapAppErrors);

/**
 * A valid session, even one that must still change its password: only for auth.changePassword and
 * auth.signOut. Everything else takes `signedInProcedure` or `permitted(…)`.
 */
export const sessionProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError('UNAUTHORIZED', 'auth.required');
  return next({ ctx: { session: ctx.session, actor: ctx.session.actor } });
});

/**
 * A signed-in person with the password settled whose role allows `permission` (none: any role). Project
 * work is narrowed further by the service, which knows the project's owner unit.
 */
export function permitted(permission?: Permission) {
  return sessionProcedure.use(({ ctx, next }) => {
    const refusal = accessRefusal(ctx.session, permission);
    if (refusal) throw refusal;
    return next();
  });
}

/** Signed in, with the initial password changed: what a person's own things (notifications) need. */
export const signedInProcedure = permitted();
