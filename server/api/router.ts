import { boardRouter } from './routers/board.js';
import { calendarRouter } from './routers/calendar.js';
import { milestoneRouter } from './routers/milestone.js';
import { projectRouter } from './routers/project.js';
import { templateRouter } from './routers/template.js';
import { unitRouter } from './routers/unit.js';
import { router } from './trpc.js';

export const appRouter = router({
  board: boardRouter,
  project: projectRouter,
  milestone: milestoneRouter,
  template: templateRouter,
  calendar: calendarRouter,
  unit: unitRouter,
});

export type AppRouter = typeof appRouter;
