import { appRouter } from '../../server/api/router.js';
import { createCallerFactory, type Context } from '../../server/api/trpc.js';
import type { Database } from '../../server/db/client.js';
import type { Actor } from '../../server/domain/permissions.js';
import { createBoardReadModel } from '../../server/services/board/get-board.js';

const createCaller = createCallerFactory(appRouter);

export const TEST_ADMIN: Actor = {
  id: 0,
  username: 'test-admin',
  displayName: '测试管理员',
  role: 'admin',
  unitIds: [],
};

/** A caller as if `actor` were signed in (null: nobody). */
export function callerFor(
  db: Database,
  {
    actor = TEST_ADMIN,
    today = '2026-03-02',
    mustChangePassword = false,
    address = '127.0.0.1',
  }: { actor?: Actor | null; today?: string; mustChangePassword?: boolean; address?: string } = {},
) {
  const context: Context = {
    db,
    today,
    board: createBoardReadModel({ prisma: db.prisma }),
    session: actor ? { sessionId: `test-${actor.username}`, actor, mustChangePassword } : null,
    client: { address, userAgent: 'vitest' },
    cookies: { setSession: () => {}, clearSession: () => {} },
  };
  return createCaller(context);
}
export type Caller = ReturnType<typeof callerFor>;
