// Input shapes for meetings, action items and bulletins, shared by the API and the client's forms.
import { z } from 'zod';
import { BULLETIN_FIGURES } from './bulletin.js';
import { ZId, zIdList } from './input-primitives.js';
import { ZIsoDate } from './project-input.js';

const ZText = (max: number) =>
  z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max, {
    error: 'validation.tooLong',
  });

export const ZMeetingCreate = z.object({
  heldOn: ZIsoDate,
  title: ZText(200),
  /** The units attending. */
  unitIds: zIdList(500).default([]),
});
export type TMeetingCreate = z.input<typeof ZMeetingCreate>;

export const ZMeetingId = z.object({ id: ZId });

export const ZMeetingList = z.object({ status: z.enum(['draft', 'running', 'finished']).optional() });

export const ZAgendaReorder = z.object({
  meetingId: ZId,
  /** Every item of the agenda, in the new order. */
  itemIds: zIdList(1000),
});

export const ZAgendaAdd = z
  .object({
    meetingId: ZId,
    /** A project to discuss, or … */
    projectId: ZId.optional(),
    /** … a free-text item (with a project: what about it). */
    text: z.string().trim().max(500, { error: 'validation.tooLong' }).optional(),
  })
  .refine((v) => v.projectId !== undefined || (v.text ?? '') !== '', {
    error: 'validation.required',
    path: ['text'],
  });

export const ZAgendaDrop = z.object({ meetingId: ZId, itemId: ZId });

export const ZMeetingDecide = z.object({
  meetingId: ZId,
  /** The agenda item it was decided on, if any. */
  agendaItemId: ZId.optional(),
  /** The project it concerns (null or omitted: none, or the agenda item's). */
  projectId: ZId.nullable().optional(),
  text: ZText(2000),
  ownerUnitId: ZId,
  /** A working day, not before the meeting. */
  dueDate: ZIsoDate,
  /** A new target date for the project, applied with the meeting as its reason. */
  newTargetDate: ZIsoDate.optional(),
});
export type TMeetingDecide = z.input<typeof ZMeetingDecide>;

export const ZActionItemList = z.object({
  status: z.enum(['open', 'closed']).optional(),
  /** Only these units' items (an editor's "my unit" page passes nothing: `mine`). */
  ownerUnitId: ZId.optional(),
  /** Only the caller's units' items. */
  mine: z.boolean().optional(),
  meetingId: ZId.optional(),
});

export const ZActionItemId = z.object({ id: ZId });
export const ZActionItemNote = z.object({ id: ZId, note: ZText(2000) });
export const ZActionItemReopen = z.object({ id: ZId, note: z.string().trim().max(2000).default('') });

export const BULLETIN_PERIODS = ['week', 'month', 'custom'] as const;

export const ZBulletinQuery = z
  .object({
    period: z.enum(BULLETIN_PERIODS).default('week'),
    /** week/month: any date inside it (default today); custom: the first day. */
    from: ZIsoDate.optional(),
    /** custom: the last day (inclusive). */
    to: ZIsoDate.optional(),
  })
  .refine((v) => v.period !== 'custom' || (v.from !== undefined && v.to !== undefined && v.from <= v.to), {
    error: 'validation.date',
    path: ['to'],
  });
export type TBulletinQuery = z.input<typeof ZBulletinQuery>;

export const ZBulletinItems = z.object({
  query: ZBulletinQuery,
  unitId: ZId,
  figure: z.enum(BULLETIN_FIGURES, { error: 'validation.invalid' }),
});

export const ZBulletinExportQuery = z
  .object({
    period: z.enum(BULLETIN_PERIODS).default('week'),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
    lang: z.enum(['zh', 'en']).default('zh'),
  })
  .refine((v) => v.period !== 'custom' || (v.from !== undefined && v.to !== undefined && v.from <= v.to), {
    error: 'validation.date',
    path: ['to'],
  });
