// Input shapes for projects, shared by the API (authoritative) and the client's forms.
// Messages are error keys from error-messages.ts, translated where they are shown.
import { z } from 'zod';
import { ZId, ZStoredInt, ZVersion } from './input-primitives.js';
import { PROJECT_TYPES } from './project-types.js';
import { STAGES } from './stages.js';

/** zod's ISO date checks the calendar too (no 2026-02-30); every date input takes this one. */
export const ZIsoDate = z.iso.date({ error: 'validation.date' });
export const ZStage = z.enum(STAGES, { error: 'validation.invalid' });
export const ZProjectType = z.enum(PROJECT_TYPES, { error: 'validation.invalid' });
const ZAmount = z
  .string({ error: 'validation.amount' })
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: 'validation.amount' });

const projectFields = {
  code: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(32, { error: 'validation.tooLong' })
    .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, { error: 'validation.projectCode' }),
  name: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(100, { error: 'validation.tooLong' }),
  ownerUnitId: ZId,
  totalInvestment: ZAmount,
  plannedInvestment: ZAmount,
  targetDate: ZIsoDate,
  description: z.string().trim().max(2000, { error: 'validation.tooLong' }),
};

function plannedWithinTotal(value: { totalInvestment?: string; plannedInvestment?: string }): boolean {
  if (value.totalInvestment === undefined || value.plannedInvestment === undefined) return true;
  return Number(value.plannedInvestment) <= Number(value.totalInvestment);
}
const plannedRule = { error: 'validation.plannedOverTotal', path: ['plannedInvestment'] };

export const ZProjectCreate = z
  .object({
    ...projectFields,
    description: projectFields.description.default(''),
    stage: ZStage.default('maturity'),
    /** The new project's milestones come from this type's template. */
    projectType: ZProjectType.default('industrial'),
  })
  .refine(plannedWithinTotal, plannedRule);
export type TProjectCreate = z.input<typeof ZProjectCreate>;

export const ZProjectUpdate = z.object({
  id: ZId,
  expectedVersion: ZVersion,
  patch: z
    .object({ ...projectFields, targetMilestoneId: ZId.nullable() })
    .partial()
    .refine(plannedWithinTotal, plannedRule),
});
export type TProjectUpdate = z.input<typeof ZProjectUpdate>;

export const ZProjectMove = z
  .object({
    id: ZId,
    toStage: ZStage,
    afterId: ZId.optional(),
    beforeId: ZId.optional(),
    position: ZStoredInt.optional(),
    expectedVersion: ZVersion,
    /** Why, when the stage gate asks for one (going back a stage, forward past unfinished milestones). */
    reason: z.string().trim().max(500, { error: 'validation.tooLong' }).optional(),
  })
  .refine((v) => [v.afterId, v.beforeId, v.position].filter((x) => x !== undefined).length <= 1, {
    error: 'validation.onePlacement',
    path: ['afterId'],
  });
export type TProjectMove = z.input<typeof ZProjectMove>;

export const ZProjectId = z.object({ id: ZId });

/** Which stage gate a move to `toStage` would meet (the board asks before it sends the move). */
export const ZStageGateQuery = z.object({ id: ZId, toStage: ZStage });

/** Archiving takes a project off the board (kept, read-only); restoring brings it back to its stage. */
export const ZProjectArchive = z.object({
  id: ZId,
  expectedVersion: ZVersion,
  reason: z.string().trim().max(500, { error: 'validation.tooLong' }).optional(),
});
export type TProjectArchive = z.input<typeof ZProjectArchive>;
