import { router } from '../trpc.js';

export const notificationRouter = router({});
