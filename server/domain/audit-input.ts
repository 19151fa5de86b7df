import { z } from 'zod';
import { ZIsoDate } from './project-input.js';

export const ZAuditFilter = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  actorName: z.string().max(64).optional(),
  action: z.string().max(40).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const ZAuditPage = ZAuditFilter.extend({
  /** Entries older than this id: the next page. */
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A project's history, newest first; `cursor` is the oldest entry id already shown. */
export const ZProjectHistoryPage = z.object({
  entityId: z.string().max(40),
  cursor: z.number().int().positive().nullish(),
});
