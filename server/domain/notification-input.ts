// Input shapes for the notification API (the caller's own notices only).
import { z } from 'zod';
import { ZId } from './input-primitives.js';
import { ZIsoDate } from './project-input.js';

export const ZNotificationList = z.object({
  /** The id of the last notice of the previous page (newest first). */
  cursor: ZId.optional(),
  unreadOnly: z.boolean().default(false),
});
export type TNotificationList = z.input<typeof ZNotificationList>;

export const ZNotificationMarkRead = z.object({ ids: z.array(ZId).min(1).max(200) });

export const ZNotificationDigest = z.object({
  /** The day to look back on; today when left out. */
  date: ZIsoDate.optional(),
});
