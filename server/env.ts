import path from 'node:path';
import { z } from 'zod';
import { ZIsoDate } from './domain/project-input.js';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Empty means unset, as in most .env files: the embedded database.
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  BACKPLAN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  BACKPLAN_DEMO: z.enum(['0', '1']).default('1'),
  BACKPLAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(480),
  /** Pins "today" for demonstrations and tests; unset in real use. */
  BACKPLAN_TODAY: z.preprocess((value) => (value === '' ? undefined : value), ZIsoDate.optional()),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Reads the environment once at start; a bad value stops the server with a message naming it. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function resolveDataDir(env: TEnv): string {
  return path.resolve(env.BACKPLAN_DATA_DIR);
}
