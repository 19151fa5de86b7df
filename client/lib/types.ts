import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/api/router.js';

type Outputs = inferRouterOutputs<AppRouter>;
export type BoardData = Outputs['board']['get'];
export type BoardColumn = BoardData['columns'][number];
export type Card = BoardColumn['cards'][number];
export type ProjectDetail = Outputs['project']['get'];
export type UserRow = Outputs['user']['list'][number];
export type OwnerUnit = Outputs['unit']['list'][number];
export type AuditEntry = Outputs['audit']['list']['entries'][number];
