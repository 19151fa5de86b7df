import { router } from '../trpc.js';

export const stageLimitRouter = router({});
