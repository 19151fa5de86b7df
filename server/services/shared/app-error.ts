import type { ErrorKey, ErrorParams } from '../../domain/error-messages.js';
import { formatErrorMessage } from '../../domain/error-messages.js';

export type AppErrorCode =
  'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS' | 'PRECONDITION_FAILED';

/**
 * The one error type services throw; the API maps `code` to its transport and keeps key + params.
 * `detail` is data the client acts on beyond the message (a refused move's stage gate); JSON only.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: ErrorKey,
    readonly params: ErrorParams = {},
    readonly detail?: Record<string, unknown>,
  ) {
    super(formatErrorMessage(key, params));
  }
}
