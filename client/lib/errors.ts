import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';
import type { AppRouter } from '../../server/api/router.js';

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
