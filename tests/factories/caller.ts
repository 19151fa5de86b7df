import { appRouter } from '../../server/api/router.js';
import { createCallerFactory } from '../../server/api/trpc.js';
import type { Database } from '../../server/db/client.js';

const createCaller = createCallerFactory(appRouter);

export function callerFor(
  db: Database,
  { actor = 'test', today = '2026-03-02' }: { actor?: string | null; today?: string } = {},
) {
  return createCaller({ db, actor, today });
}
export type Caller = ReturnType<typeof callerFor>;
