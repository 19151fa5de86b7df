import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { formatErrorMessage, isErrorKey } from './domain/error-messages.js';
import { ZIsoDate } from './domain/project-input.js';

/** An IP, an IP/prefix, or one of proxy-addr's named ranges. */
function isProxyAddress(item: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true;
  const [address = '', prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Which peers may set X-Forwarded-For/-Proto/-Host, as Fastify's `trustProxy` takes it: off (default),
 * 'true' (every peer: only when nothing reaches the server except through the proxy), or a comma list of
 * proxy addresses and CIDRs. Hop counts are refused: Fastify no longer honours them (it cannot tell a
 * proxy from a direct client that sends the header), so one would silently trust nobody.
 */
function ZTrustProxy() {
  return z
    .string()
    .trim()
    .default('false')
    .transform((value, context): boolean | string[] => {
      if (value === '' || value === 'false') return false;
      if (value === 'true') return true;
      const items = value.split(',').map((item) => item.trim());
      if (items.every(isProxyAddress)) return items;
      const hint = /^\d+$/.test(value) ? '; hop counts are not supported, name the proxies instead' : '';
      context.addIssue({
        code: 'custom',
        message: `must be 'true', 'false', or a comma list of proxy addresses/CIDRs, not "${value}"${hint}`,
      });
      return z.NEVER;
    });
}

const ZEnv = z
  .object({
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
    // The tables' owner, for migrations only; DATABASE_URL then connects as a role with data rights only.
    DATABASE_MIGRATION_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'DATABASE_MIGRATION_URL must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    BACKPLAN_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    BACKPLAN_DEMO: z.enum(['0', '1']).default('1'),
    BACKPLAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(480),
    BACKPLAN_TRUST_PROXY: ZTrustProxy(),
    BACKPLAN_LOG: z.enum(['', '0', '1']).default(''),
    /** Pins "today" for demonstrations and tests; unset in real use. */
    BACKPLAN_TODAY: z.preprocess((value) => (value === '' ? undefined : value), ZIsoDate.optional()),
  })
  .refine((env) => !env.DATABASE_MIGRATION_URL || env.DATABASE_URL, {
    path: ['DATABASE_MIGRATION_URL'],
    message: 'needs DATABASE_URL beside it (the embedded database has no roles)',
  });

export type TEnv = z.infer<typeof ZEnv>;

/** Reads the environment once at start; a bad value stops the server with a message naming it. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    // Shared schemas speak in message keys (validation.date); an operator reads the English text.
    const lines = result.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}: ${isErrorKey(issue.message) ? formatErrorMessage(issue.message) : issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function resolveDataDir(env: TEnv): string {
  return path.resolve(env.BACKPLAN_DATA_DIR);
}
