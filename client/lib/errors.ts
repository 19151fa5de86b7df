import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import type { AppRouter } from '../../server/api/router.js';
import { isErrorKey } from '../../server/domain/error-messages.js';
import type { StageGate } from '../../server/domain/stage-gate.js';

export function isApiError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}

/** Any failure, in the user's language: the server's error key when it sent one. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    const detail = error.data?.appError;
    if (detail) return t(detail.key, { ns: 'errors', keySeparator: false, ...detail.params });
    return t('notice.networkError');
  }
  return t('internal', { ns: 'errors' });
}

/** What a refusal may carry beside its message, for the screen to act on (not to show as text). */
export interface RefusalDetail {
  /** A move the stage gate stopped: what the reason dialog needs. */
  gate?: StageGate;
}

/** The refusal's detail, if the server sent one. */
export function errorDetail(error: unknown): RefusalDetail | undefined {
  if (!isApiError(error)) return undefined;
  // Read loosely: an older server sends no detail, and the shape is the server's promise, not checked here.
  const appError: object | null | undefined = error.data?.appError;
  if (!appError || !('detail' in appError) || !appError.detail) return undefined;
  return appError.detail as RefusalDetail;
}

/** The gate that refused a move, when the move failed for want of a reason. */
export function gateRefusalOf(error: unknown): StageGate | undefined {
  if (!isApiError(error) || error.data?.code !== 'PRECONDITION_FAILED') return undefined;
  return errorDetail(error)?.gate;
}

export type FieldMessages = Record<string, string>;

/** Per-field messages from a refused request, or from the same zod schema checked in the browser first. */
export function fieldMessages(error: unknown, t: TFunction): FieldMessages {
  const translate = (key: string, params: Record<string, unknown> = {}) =>
    t(key, { ns: 'errors', keySeparator: false, ...params });
  if (error instanceof ZodError) {
    const out: FieldMessages = {};
    for (const issue of error.issues) {
      const path = issue.path.join('.');
      const params = {
        ...('minimum' in issue && { min: Number(issue.minimum) }),
        ...('maximum' in issue && { max: Number(issue.maximum) }),
        ...(issue.code === 'custom' && issue.params),
      };
      out[path] ??= translate(isErrorKey(issue.message) ? issue.message : 'validation.invalid', params);
    }
    return out;
  }
  if (isApiError(error) && error.data?.fieldErrors) {
    return Object.fromEntries(
      Object.entries(error.data.fieldErrors).map(([path, detail]) => [path, translate(detail.key, detail.params)]),
    );
  }
  return {};
}
