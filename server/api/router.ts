import { actionItemRouter } from './routers/action-item.js';
import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { blockerRouter } from './routers/blocker.js';
import { bulletinRouter } from './routers/bulletin.js';
import { boardRouter } from './routers/board.js';
import { calendarRouter } from './routers/calendar.js';
import { dashboardRouter } from './routers/dashboard.js';
import { investmentRouter } from './routers/investment.js';
import { meetingRouter } from './routers/meeting.js';
import { milestoneRouter } from './routers/milestone.js';
import { notificationRouter } from './routers/notification.js';
import { overviewRouter } from './routers/overview.js';
import { projectRouter } from './routers/project.js';
import { stageLimitRouter } from './routers/stage-limit.js';
import { templateRouter } from './routers/template.js';
import { unitRouter } from './routers/unit.js';
import { userRouter } from './routers/user.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  board: boardRouter,
  project: projectRouter,
  milestone: milestoneRouter,
  template: templateRouter,
  calendar: calendarRouter,
  unit: unitRouter,
  user: userRouter,
  audit: auditRouter,
  blocker: blockerRouter,
  notification: notificationRouter,
  stageLimit: stageLimitRouter,
  meeting: meetingRouter,
  actionItem: actionItemRouter,
  bulletin: bulletinRouter,
  overview: overviewRouter,
  dashboard: dashboardRouter,
  investment: investmentRouter,
});

export type AppRouter = typeof appRouter;
