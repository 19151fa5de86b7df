import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/api/router.js';

export type DashboardData = inferRouterOutputs<AppRouter>['dashboard']['get'];
