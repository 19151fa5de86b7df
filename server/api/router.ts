import { boardRouter } from './routers/board.js';
import { projectRouter } from './routers/project.js';
import { unitRouter } from './routers/unit.js';
import { router } from './trpc.js';

export const appRouter = router({
  board: boardRouter,
  project: projectRouter,
  unit: unitRouter,
});

export type AppRouter = typeof appRouter;
