// Input shapes for milestone plans, templates and the calendar (messages are error keys).
import { z } from 'zod';
import { ZId, ZVersion, zIdList } from './input-primitives.js';
import { ZIsoDate, ZProjectType, ZStage } from './project-input.js';

const ZDuration = z
  .number({ error: 'validation.duration' })
  .int({ error: 'validation.duration' })
  .min(0, { error: 'validation.duration' })
  .max(2000, { error: 'validation.duration' });
const ZName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(60, { error: 'validation.tooLong' });

export const ZMilestoneUpdate = z.object({
  id: ZId,
  /** The project's version: any change to its plan is a change to the project. */
  expectedVersion: ZVersion,
  patch: z
    .object({
      name: ZName,
      durationDays: ZDuration,
      dependsOn: zIdList(50),
      actualStart: ZIsoDate.nullable(),
      actualFinish: ZIsoDate.nullable(),
    })
    .partial(),
});
export type TMilestoneUpdate = z.infer<typeof ZMilestoneUpdate>;

export const ZTemplateUpdate = z
  .object({
    projectType: ZProjectType,
    milestones: z
      .array(
        z.object({
          name: ZName,
          stage: ZStage,
          durationDays: ZDuration,
          dependsOnSeqs: z.array(z.number().int().min(0)).max(50),
        }),
      )
      .min(1, { error: 'validation.required' })
      .max(60),
    targetSeq: z.number().int().min(0),
  })
  .refine((v) => v.targetSeq < v.milestones.length, { error: 'validation.invalid', path: ['targetSeq'] });
export type TTemplateUpdate = z.infer<typeof ZTemplateUpdate>;

export const ZCalendarDaySet = z.object({
  date: ZIsoDate,
  kind: z.enum(['holiday', 'workday'], { error: 'validation.invalid' }),
  note: z.string().trim().max(100, { error: 'validation.tooLong' }).default(''),
});
