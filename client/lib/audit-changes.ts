// Turns an audit entry's stored before/after into lines a person reads: "总投资：12,000 → 13,000 万元".
// Both the audit log and a project's history use it, so a change reads the same in both places.
import type { TFunction } from 'i18next';
import type { AuditEntry } from './types.js';
import { formatAmount } from './format.js';

export interface AuditNames {
  unit(id: number): string | undefined;
  milestone?(id: number): string | undefined;
}

export interface FieldChange {
  field: string;
  label: string;
  /** Absent when the entry has no "before" (something created): only the new value is shown. */
  from?: string;
  to: string;
}

export interface ChangeSummary {
  headline: string | null;
  changes: FieldChange[];
}

type Json = Record<string, unknown>;

// Internal bookkeeping, not something a person changed.
const HIDDEN = new Set(['rank', 'version', 'milestone']);
const AMOUNTS = new Set(['totalInvestment', 'plannedInvestment']);
const FIELD_LABELS = new Set([
  'code',
  'name',
  'projectType',
  'stage',
  'ownerUnitId',
  'totalInvestment',
  'plannedInvestment',
  'targetDate',
  'targetMilestoneId',
  'description',
  'durationDays',
  'dependsOn',
  'actualStart',
  'actualFinish',
  'username',
  'displayName',
  'role',
  'unitIds',
  'isDisabled',
  'kind',
  'date',
  'note',
  'sessions',
  'milestones',
  'targetSeq',
  'address',
]);

function asRecord(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

export function fieldLabel(field: string, t: TFunction): string {
  return FIELD_LABELS.has(field) ? t(`admin.fields.${field}`) : field;
}

export function formatValue(field: string, value: unknown, t: TFunction, names: AuditNames, language: string): string {
  if (value === null || value === undefined || value === '') return t('admin.values.empty');
  if (typeof value === 'boolean') return t(value ? 'admin.values.yes' : 'admin.values.no');
  const byId = (lookup: ((id: number) => string | undefined) | undefined) => (id: unknown) =>
    (typeof id === 'number' && lookup?.(id)) || `#${String(id)}`;
  switch (field) {
    case 'role':
      return t(`auth.roles.${String(value)}`);
    case 'stage':
      return t(`stage.${String(value)}`);
    case 'projectType':
      return t(`project.types.${String(value)}`);
    case 'kind':
      return String(value) in { department: 1, town: 1 }
        ? t(`admin.units.kinds.${String(value)}`)
        : t(`admin.values.${value === 'holiday' ? 'holiday' : 'workday'}`);
    case 'ownerUnitId':
      return byId(names.unit)(value);
    case 'unitIds':
      return Array.isArray(value) && value.length > 0
        ? value.map(byId(names.unit)).join('、')
        : t('admin.values.empty');
    case 'targetMilestoneId':
      return byId(names.milestone)(value);
    case 'dependsOn':
      return Array.isArray(value) && value.length > 0
        ? value.map(byId(names.milestone)).join('、')
        : t('admin.values.empty');
    case 'milestones':
      return Array.isArray(value) ? t('admin.values.milestoneCount', { count: value.length }) : String(value);
  }
  if (AMOUNTS.has(field) && typeof value === 'string') {
    return t('card.amount', { amount: formatAmount(value, language) });
  }
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every field the entry touched, in the order it stored them. */
export function fieldChanges(
  before: unknown,
  after: unknown,
  t: TFunction,
  names: AuditNames,
  language: string,
  skip: ReadonlySet<string> = HIDDEN,
): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])].filter((f) => !skip.has(f));
  const show = (field: string, value: unknown) => formatValue(field, value, t, names, language);
  return fields.map((field) => ({
    field,
    label: fieldLabel(field, t),
    ...(from && { from: show(field, from[field]) }),
    to: to ? show(field, to[field]) : t('admin.values.empty'),
  }));
}

/** A headline for the entries that tell a story of their own (a stage move, a milestone done), and the changed fields. */
export function summarizeEntry(
  entry: Pick<AuditEntry, 'action' | 'entityType' | 'before' | 'after'>,
  t: TFunction,
  names: AuditNames,
  language: string,
): ChangeSummary {
  const before = asRecord(entry.before) ?? {};
  const after = asRecord(entry.after) ?? {};
  const changes = (skip: ReadonlySet<string> = HIDDEN) =>
    fieldChanges(entry.before, entry.after, t, names, language, skip);
  if (entry.action === 'move') {
    const stage = (value: unknown) => t(`stage.${String(value)}`);
    const headline =
      before.stage === after.stage
        ? t('admin.history.reordered', { stage: stage(after.stage) })
        : t('admin.history.moved', { from: stage(before.stage), to: stage(after.stage) });
    return { headline, changes: [] };
  }
  if (entry.action === 'updateMilestone') {
    const name = String(after.milestone ?? before.milestone ?? '');
    if ('actualFinish' in after) {
      const isDone = Boolean(after.actualFinish);
      const headline = isDone
        ? t('admin.history.milestoneDone', { name, date: String(after.actualFinish) })
        : t('admin.history.milestoneUndone', { name });
      return { headline, changes: changes(new Set([...HIDDEN, 'actualFinish'])) };
    }
    return { headline: t('admin.history.milestoneChanged', { name }), changes: changes() };
  }
  if (entry.entityType === 'project' && entry.action === 'create') {
    return { headline: t('admin.history.created'), changes: [] };
  }
  if (entry.entityType === 'project' && entry.action === 'update') {
    return { headline: t('admin.history.updated'), changes: changes() };
  }
  // A calendar entry is named by its date already.
  if (entry.entityType === 'calendarDay') return { headline: null, changes: changes(new Set([...HIDDEN, 'date'])) };
  return { headline: null, changes: changes() };
}
