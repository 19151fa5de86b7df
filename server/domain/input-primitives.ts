// Primitives every input schema shares, so the database never meets a value it cannot store: ids fit
// the 32-bit `Int` columns (2³¹ or more would overflow and fail as a 500), and text carries no NUL
// (U+0000), which PostgreSQL refuses in any text column.
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (Prisma `Int`) column. */
export const MAX_INT32 = 2_147_483_647;

/** A row id: a positive integer that fits the column. */
export const ZId = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .positive({ error: 'validation.invalid' })
  .max(MAX_INT32, { error: 'validation.invalid' });

/** A count or version that a column stores (0 and up). */
export const ZStoredInt = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(0, { error: 'validation.invalid' })
  .max(MAX_INT32, { error: 'validation.invalid' });

/** A lone half of a UTF-16 surrogate pair: JavaScript strings may hold one, PostgreSQL's text cannot. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether text holds what no PostgreSQL text or JSON column can store: NUL, or a broken character. */
export function isUnstorable(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/** Text PostgreSQL can store; chain `.trim()`, `.min()`, `.max()` as for `z.string()`. */
export function zText(params?: { error: string }) {
  return z.string(params).refine((value) => !isUnstorable(value), { error: 'validation.text' });
}

/** Ids without repeats, at most `max` of them (a repeat would be a unique violation in the database). */
export function zIdList(max: number) {
  return z
    .array(ZId)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'validation.duplicateId' });
}

/** The version a change expects (optimistic locking). */
export const ZVersion = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(1, { error: 'validation.invalid' })
  .max(MAX_INT32, { error: 'validation.invalid' });
