// Input shapes for blockers, shared by the API (authoritative) and the client's forms.
// Messages are error keys from error-messages.ts, translated where they are shown.
import { z } from 'zod';
import { ZId, ZVersion } from './input-primitives.js';
import {
  ACTIVE_BLOCKER_STATUSES,
  BLOCKER_CATEGORIES,
  BLOCKER_LEVELS,
  BLOCKER_SORTS,
  BLOCKER_STATUSES,
} from './blockers.js';
import { ZIsoDate } from './project-input.js';

export const ZBlockerCategory = z.enum(BLOCKER_CATEGORIES, { error: 'validation.invalid' });
export const ZBlockerLevel = z.enum(BLOCKER_LEVELS, { error: 'validation.invalid' });
export const ZBlockerStatus = z.enum(BLOCKER_STATUSES, { error: 'validation.invalid' });

/** A note a step cannot go without; `key` says which one is missing. */
function requiredNote(
  key: 'blocker.escalationNoteRequired' | 'blocker.resolutionRequired' | 'blocker.withdrawalReasonRequired',
) {
  return z.string({ error: key }).trim().min(1, { error: key }).max(2000, { error: 'validation.tooLong' });
}

export const ZBlockerRaise = z.object({
  projectId: ZId,
  category: ZBlockerCategory,
  description: z
    .string({ error: 'blocker.descriptionRequired' })
    .trim()
    .min(1, { error: 'blocker.descriptionRequired' })
    .max(2000, { error: 'validation.tooLong' }),
  /** The unit that must clear it. */
  responsibleUnitId: ZId,
  level: ZBlockerLevel.default('department'),
  /** The date it must be cleared by; not before today. */
  targetDate: ZIsoDate,
});
export type TBlockerRaise = z.input<typeof ZBlockerRaise>;

/** Every later step names the blocker and the version it was looking at. */
const stepFields = { id: ZId, expectedVersion: ZVersion };

export const ZBlockerEscalate = z.object({
  ...stepFields,
  note: requiredNote('blocker.escalationNoteRequired'),
  /** A new date to clear it by, if the higher level sets one. */
  targetDate: ZIsoDate.optional(),
});
export type TBlockerEscalate = z.input<typeof ZBlockerEscalate>;

export const ZBlockerClear = z.object({ ...stepFields, resolution: requiredNote('blocker.resolutionRequired') });
export type TBlockerClear = z.input<typeof ZBlockerClear>;

export const ZBlockerWithdraw = z.object({ ...stepFields, reason: requiredNote('blocker.withdrawalReasonRequired') });
export type TBlockerWithdraw = z.input<typeof ZBlockerWithdraw>;

export const ZBlockerReopen = z.object({
  ...stepFields,
  reason: z.string().trim().max(2000, { error: 'validation.tooLong' }).default(''),
  /** A new date to clear it by; without one, the old date stands (and may already be past). */
  targetDate: ZIsoDate.optional(),
});
export type TBlockerReopen = z.input<typeof ZBlockerReopen>;

export const ZBlockerFilter = z.object({
  /** Default: the blockers still holding projects up. */
  status: z
    .array(ZBlockerStatus)
    .min(1)
    .default([...ACTIVE_BLOCKER_STATUSES]),
  level: ZBlockerLevel.optional(),
  responsibleUnitId: ZId.optional(),
  category: ZBlockerCategory.optional(),
  overdueOnly: z.boolean().default(false),
  sort: z.enum(BLOCKER_SORTS).default('age'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type TBlockerFilter = z.input<typeof ZBlockerFilter>;

export const ZProjectBlockers = z.object({ projectId: ZId });

export const ZExportLang = z.enum(['zh', 'en']).default('zh');

// The Excel export is a plain GET link: the same filter, spelled as a query string.
const listParam = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
  z.array(ZBlockerStatus).min(1).optional(),
);
const idParam = z.preprocess((value) => (typeof value === 'string' ? Number(value) : value), ZId.optional());
const flagParam = z.preprocess((value) => value === '1' || value === 'true' || value === true, z.boolean());

export const ZBlockerExportQuery = z.object({
  status: listParam,
  level: ZBlockerLevel.optional(),
  responsibleUnitId: idParam,
  category: ZBlockerCategory.optional(),
  overdueOnly: flagParam,
  sort: z.enum(BLOCKER_SORTS).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  lang: ZExportLang,
});

/** The query string of the Excel export for `filter` (what the client puts after `/blockers.xlsx?`). */
export function blockerExportQuery(filter: TBlockerFilter, lang: 'zh' | 'en' = 'zh'): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status.join(','));
  if (filter.level) params.set('level', filter.level);
  if (filter.responsibleUnitId !== undefined) params.set('responsibleUnitId', String(filter.responsibleUnitId));
  if (filter.category) params.set('category', filter.category);
  if (filter.overdueOnly) params.set('overdueOnly', '1');
  if (filter.sort) params.set('sort', filter.sort);
  if (filter.direction) params.set('direction', filter.direction);
  params.set('lang', lang);
  return params.toString();
}
