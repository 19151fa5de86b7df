// An optional ceiling on how many projects a stage should hold at once (a work-in-progress limit).
// It never blocks a move: a column over its limit only says so in its header.
import { z } from 'zod';
import { ZStage } from './project-input.js';
import { STAGES, type Stage } from './stages.js';

export const STAGE_LIMIT_MAX = 999;

const ZMaxProjects = z
  .number({ error: 'validation.stageLimit' })
  .int({ error: 'validation.stageLimit' })
  .min(1, { error: 'validation.stageLimit' })
  .max(STAGE_LIMIT_MAX, { error: 'validation.stageLimit' });

export const ZStageLimitSet = z.object({ stage: ZStage, maxProjects: ZMaxProjects });
export type TStageLimitSet = z.infer<typeof ZStageLimitSet>;
export const ZStageLimitClear = z.object({ stage: ZStage });
export type TStageLimitClear = z.infer<typeof ZStageLimitClear>;

export interface StageLimit {
  stage: Stage;
  maxProjects: number;
}

/** Limits by stage; a stage without one is absent. */
export type StageLimits = Partial<Record<Stage, number>>;

export function limitsByStage(rows: readonly StageLimit[]): StageLimits {
  const limits: StageLimits = {};
  for (const row of rows) limits[row.stage] = row.maxProjects;
  return limits;
}

/** How many projects a column holds beyond its limit (0 when within it or without one). */
export function overLimitBy(count: number, limit: number | undefined): number {
  return limit === undefined ? 0 : Math.max(0, count - limit);
}

export function sortByStage<T extends { stage: Stage }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
}
