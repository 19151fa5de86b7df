// A pre-check ("is this code free?") and the insert that follows cannot be atomic under READ COMMITTED:
// two requests can both find the code free, and the second insert then meets the unique index. That
// loser must hear what the pre-check would have told it, not a 500.

/** Prisma's code for a unique constraint violation (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

/**
 * Runs `write` (a whole transaction, so nothing of it stays and no audit row is written); when it loses
 * a race on a unique constraint, runs `recheck` — the same pre-check, now outside the failed transaction
 * — which finds the committed winner and throws the pre-check's AppError (409). Should the winner be gone
 * again by then, the original error stands.
 */
export async function conflictOnUniqueViolation<T>(
  write: () => Promise<T>,
  recheck: () => Promise<unknown>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await recheck();
    throw error;
  }
}
