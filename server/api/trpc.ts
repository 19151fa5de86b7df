import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Database } from '../db/client.js';
import { isErrorKey, type ErrorKey, type ErrorParams } from '../domain/error-messages.js';
import { AppError } from '../services/app-error.js';

export interface Context {
  db: Database;
  actor: string | null;
  /** The bureau's calendar date for this request ('YYYY-MM-DD'). */
  today: string;
}

export interface ErrorDetail {
  key: ErrorKey;
  params: ErrorParams;
}

/** Zod issues become translatable field errors keyed by their path ('patch.name'). */
function fieldErrorsOf(error: ZodError): Record<string, ErrorDetail> {
  const fields: Record<string, ErrorDetail> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (fields[path]) continue;
    const key = isErrorKey(issue.message) ? issue.message : 'validation.invalid';
    const params: ErrorParams = 'maximum' in issue ? { max: Number(issue.maximum) } : {};
    fields[path] = { key, params };
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    if (cause instanceof ZodError) {
      return {
        ...shape,
        message: 'Some input is not valid; check the marked fields.',
        data: { ...shape.data, appError: { key: 'validation.failed', params: {} }, fieldErrors: fieldErrorsOf(cause) },
      };
    }
    const appError: ErrorDetail =
      cause instanceof AppError ? { key: cause.key, params: cause.params } : { key: 'internal', params: {} };
    return { ...shape, data: { ...shape.data, appError, fieldErrors: null } };
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
export const publicProcedure = t.procedure.use(mapAppErrors);
export const createCallerFactory = t.createCallerFactory;
