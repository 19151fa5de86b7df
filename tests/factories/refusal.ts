import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { AppError } from '../../server/services/shared/app-error.js';

/** The error a call was refused with (failing the test if it was not), with its message key. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError & { key: string | undefined }> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause;
  return Object.assign(error as TRPCError, { key: cause instanceof AppError ? cause.key : undefined });
}
