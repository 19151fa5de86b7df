// The set-up integration suites share: a migrated database of one kind for the suite it is declared
// in (with the default milestone templates unless asked not to), callers for any actor, and users by
// role, made when asked for (each one hashes a password, which is real argon2 and costs).
import { afterAll, beforeAll } from 'vitest';
import type { Actor, Role } from '../../server/domain/permissions.js';
import { ensureDefaultTemplates } from '../../server/seed/default-templates.js';
import { callerFor, type Caller } from './caller.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-database.js';
import { makeUser } from './users.js';

type CallerOptions = NonNullable<Parameters<typeof callerFor>[1]>;

export interface DatabaseSuite {
  /** The suite's database; ready in tests and in `beforeAll` hooks declared after `useTestDatabase`. */
  readonly db: TestDatabase;
  /** A caller as `actor` (default: the test admin, who has no user row; null: nobody signed in). */
  as(actor?: Actor | null, options?: Omit<CallerOptions, 'actor'>): Caller;
  /** A real user row of `role`, returned as the Actor it signs in as. */
  user(role: Role, options?: Parameters<typeof makeUser>[2]): Promise<Actor>;
}

export function useTestDatabase(
  kind: TestDatabaseKind,
  { withTemplates = true }: { withTemplates?: boolean } = {},
): DatabaseSuite {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    if (withTemplates) await ensureDefaultTemplates({ prisma: db.prisma });
  });
  afterAll(() => db?.dispose());
  const ready = () => {
    if (!db) throw new Error('the suite database is not ready: use it in tests or in beforeAll hooks');
    return db;
  };
  return {
    get db() {
      return ready();
    },
    as: (actor, options = {}) => callerFor(ready(), { ...options, ...(actor !== undefined && { actor }) }),
    user: (role, options) => makeUser(ready().prisma, role, options),
  };
}
