import { appRouter } from '../../server/api/router.js';
import { createCallerFactory } from '../../server/api/trpc.js';
import type { Database } from '../../server/db/client.js';

const createCaller = createCallerFactory(appRouter);

export function callerFor(db: Database, actor: string | null = 'test') {
  return createCaller({ db, actor });
}
export type Caller = ReturnType<typeof callerFor>;
