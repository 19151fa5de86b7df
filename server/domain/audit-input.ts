import { z } from 'zod';
import { ZId, zText } from './input-primitives.js';
import { ZIsoDate } from './project-input.js';

export const ZAuditFilter = z.object({
  entityType: zText().max(40).optional(),
  entityId: zText().max(40).optional(),
  actorName: zText().max(64).optional(),
  action: zText().max(40).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const ZAuditPage = ZAuditFilter.extend({
  /** Entries older than this id: the next page. */
  beforeId: ZId.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A project's history, newest first; `cursor` is the oldest entry id already shown. */
export const ZProjectHistoryPage = z.object({
  entityId: zText().max(40),
  cursor: ZId.nullish(),
});
