// Notifications in the app: who hears of a blocker's step, what a notice carries (so it is translated
// when shown, never stored as text), and how the daily digest groups a day. Pure: the client imports
// the kinds and the params shape.
import { z } from 'zod';
import { BLOCKER_CATEGORIES, BLOCKER_LEVELS, BLOCKER_STATUSES, type BlockerStep } from './blockers.js';
import { formatIsoDate, parseIsoDate } from './dates.js';

/** The steps somebody took, in the order the digest shows them. */
export const STEP_NOTIFICATION_KINDS = [
  'blocker.raised',
  'blocker.escalated',
  'blocker.cleared',
  'blocker.withdrawn',
  'blocker.reopened',
] as const;
export type StepNotificationKind = (typeof STEP_NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KINDS = [...STEP_NOTIFICATION_KINDS, 'blocker.overdue', 'investment.reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

const STEP_KIND: Record<'raise' | BlockerStep, StepNotificationKind> = {
  raise: 'blocker.raised',
  escalate: 'blocker.escalated',
  clear: 'blocker.cleared',
  withdraw: 'blocker.withdrawn',
  reopen: 'blocker.reopened',
};

export function notificationKindOf(step: 'raise' | BlockerStep): StepNotificationKind {
  return STEP_KIND[step];
}

/** What a notice needs to be written out in either language. */
export const ZNotificationParams = z.object({
  projectCode: z.string(),
  projectName: z.string(),
  category: z.enum(BLOCKER_CATEGORIES),
  level: z.enum(BLOCKER_LEVELS),
  status: z.enum(BLOCKER_STATUSES),
  responsibleUnit: z.string(),
  targetDate: z.string(),
  /** The escalation note, resolution, or withdrawal or reopening reason; '' for a raise or an overdue notice. */
  note: z.string(),
});
export type NotificationParams = z.infer<typeof ZNotificationParams>;

/** What a reminder to report a month's investment needs: the unit, the month ('YYYY-MM'), when it is due. */
export const ZInvestmentReminderParams = z.object({
  unitId: z.number(),
  unit: z.string(),
  period: z.string(),
  dueDate: z.string(),
  /** The unit's projects not yet reported when the reminder was filed. */
  count: z.number(),
});
export type InvestmentReminderParams = z.infer<typeof ZInvestmentReminderParams>;

/** One reminder per person, unit and month. */
export function investmentReminderDedupeKey(unitId: number, period: string): string {
  return `investment:${unitId}:${period}`;
}

export interface NotificationRecipient {
  id: number;
  role: 'admin' | 'editor' | 'viewer';
  isDisabled: boolean;
  unitIds: readonly number[];
}

/**
 * Who hears of a step: the members of the unit that must clear the blocker and of the project's unit;
 * for an escalation the bureau's admins too (they follow escalations). Never the person who took the
 * step, never a disabled account.
 */
export function stepRecipients(
  people: readonly NotificationRecipient[],
  {
    kind,
    actorId,
    responsibleUnitId,
    ownerUnitId,
  }: { kind: StepNotificationKind; actorId: number; responsibleUnitId: number; ownerUnitId: number },
): number[] {
  const ids = new Set<number>();
  for (const person of people) {
    if (person.isDisabled || person.id === actorId) continue;
    const isMember = person.unitIds.includes(responsibleUnitId) || person.unitIds.includes(ownerUnitId);
    if (isMember || (kind === 'blocker.escalated' && person.role === 'admin')) ids.add(person.id);
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * Who hears that a blocker is overdue: the members of the unit that must clear it and of the project's
 * unit. Nobody took a step, so nobody is left out as its actor; admins follow escalations, not dates.
 */
export function overdueRecipients(
  people: readonly NotificationRecipient[],
  { responsibleUnitId, ownerUnitId }: { responsibleUnitId: number; ownerUnitId: number },
): number[] {
  const ids = people
    .filter((person) => !person.isDisabled)
    .filter((person) => person.unitIds.includes(responsibleUnitId) || person.unitIds.includes(ownerUnitId))
    .map((person) => person.id);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** One overdue notice per blocker and target date: moving the target date makes a new one due. */
export function overdueDedupeKey(blockerId: number, targetDate: string): string {
  return `overdue:${blockerId}:${targetDate}`;
}

/** The ISO date `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new RangeError(`not a date: ${iso}`);
  return formatIsoDate(day + days);
}

/** The digest's look ahead: what falls due in the next this-many days. */
export const DUE_SOON_DAYS = 7;

/** A day's notices grouped by step, each group newest first as given; overdue notices are not steps. */
export function groupByStep<T extends { kind: string }>(items: readonly T[]): Record<StepNotificationKind, T[]> {
  const groups = Object.fromEntries(STEP_NOTIFICATION_KINDS.map((kind) => [kind, [] as T[]])) as Record<
    StepNotificationKind,
    T[]
  >;
  for (const item of items) {
    if ((STEP_NOTIFICATION_KINDS as readonly string[]).includes(item.kind)) {
      groups[item.kind as StepNotificationKind].push(item);
    }
  }
  return groups;
}
