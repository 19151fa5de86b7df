// Turns an audit entry's stored before/after into what a person reads: "总投资：12,000 万元 → 13,000 万元".
// The one place these rules live: the audit screen, a project's history and the CSV/Excel downloads all
// call it, so an entry reads the same on the screen and in the file, in either language.
//
// The rules: every field and value gets its label (no stored key or enum value reaches the reader);
// a field whose before and after are equal is not a change; bookkeeping (ordering keys, versions, ids
// that the headline or the entity already names) is not shown; ids are shown as the names the caller
// looked up, which is how an archived project keeps its name.
import { blockerLabels, type BlockerCategory, type BlockerLevel } from './blockers.js';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  auditLanguage,
  auditWords,
  LEDGER_IMPORT_REASON,
  type AuditAction,
  type AuditEntityType,
  type AuditWords,
} from './audit-words.js';

export { AUDIT_ACTIONS, AUDIT_COLUMNS, AUDIT_ENTITY_TYPES, auditLanguage, auditWords } from './audit-words.js';
export type { AuditAction, AuditColumn, AuditEntityType, AuditLanguage } from './audit-words.js';

/** Names for the ids the log stores, as the server looked them up (plain records: they travel as JSON). */
export interface AuditNames {
  /** user id → display name */
  users?: Record<string, string>;
  /** username (what the log keeps as the actor) → display name */
  actors?: Record<string, string>;
  units?: Record<string, string>;
  /** project id → "code name", archived ones included */
  projects?: Record<string, string>;
  milestones?: Record<string, string>;
  meetings?: Record<string, string>;
  actionItems?: Record<string, string>;
  blockers?: Record<string, { project: string; category: string; description: string }>;
}

export interface AuditEntryLike {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** What the wording of the changes needs of an entry. */
export type AuditChangeInput = Pick<AuditEntryLike, 'action' | 'entityType' | 'before' | 'after'>;

export interface FieldChange {
  field: string;
  label: string;
  /** Absent when the entry has no "before" (something created): only the value is shown. */
  from?: string;
  to: string;
}

export interface ChangeSummary {
  headline: string | null;
  changes: FieldChange[];
}

type Json = Record<string, unknown>;

// Bookkeeping, or named already by the headline or the entity column.
const HIDDEN = new Set(['rank', 'version', 'expectedVersion', 'milestone', 'isArchived', 'itemId', 'order']);
const AMOUNTS = new Set(['totalInvestment', 'plannedInvestment', 'investmentAmount']);

function asRecord(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

function isEntityType(type: string): type is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);
}

function isAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

function wordsOf(language: string): AuditWords {
  return auditWords[auditLanguage(language)];
}

/** Groups the whole part of an exact decimal string ("12000.50" → "12,000.50"). */
// Made once: a board formats two amounts on each of thousands of cards.
const GROUPING = { en: new Intl.NumberFormat('en-US'), zh: new Intl.NumberFormat('zh-CN') };

export function groupedAmount(amount: string, language: string): string {
  const [whole = '0', fraction = '00'] = amount.split('.');
  const grouped = GROUPING[language === 'en' ? 'en' : 'zh'].format(BigInt(whole));
  return fraction === '00' ? grouped : `${grouped}.${fraction}`;
}

/** A reporting month's 'YYYY-MM' key as words ("2026 年 11 月"). */
export function periodLabel(key: string, language: string): string {
  const [year = '', month = ''] = key.split('-');
  return fill(wordsOf(language).period, { year, month: String(Number(month)) });
}

/** What the action is called; a blocker's step on its project's log reads as the step. */
export function actionLabel(action: string, entityType: string, language: string): string {
  const words = wordsOf(language);
  const bare = action.replace(/^blocker\./, '');
  const type = action.startsWith('blocker.') ? 'blocker' : entityType;
  const specific = isEntityType(type) && isAction(bare) ? words.actionsOf[type]?.[bare] : undefined;
  return specific ?? (isAction(bare) ? words.actions[bare] : action);
}

export function entityTypeLabel(entityType: string, language: string): string {
  return isEntityType(entityType) ? wordsOf(language).entities[entityType] : entityType;
}

/** Who did it: the display name where the log's username is known; "system" for the server's own work. */
export function actorLabel(actorName: string, names: AuditNames, language: string): string {
  if (actorName === 'system') return wordsOf(language).system;
  return names.actors?.[actorName] ?? actorName;
}

export function blockerTitle(
  blocker: { project?: string; category: string; description: string },
  language: string,
): string {
  const lang = auditLanguage(language);
  const category = blockerLabels[lang].category[blocker.category as BlockerCategory] ?? blocker.category;
  const short = blocker.description.length > 24 ? `${blocker.description.slice(0, 24)}…` : blocker.description;
  const title = short ? `${category}${auditWords[lang].labelSeparator}${short}` : category;
  return blocker.project ? `${blocker.project} · ${title}` : title;
}

/** What the entry is about, by name. A failed sign-in keeps the username that was tried, shown as is. */
export function entityName(
  entry: Pick<AuditEntryLike, 'entityType' | 'entityId'>,
  names: AuditNames,
  language: string,
) {
  const words = wordsOf(language);
  const id = entry.entityId;
  switch (entry.entityType) {
    case 'project':
      return names.projects?.[id] ?? `#${id}`;
    case 'user':
      return names.users?.[id] ?? id;
    case 'unit':
      return names.units?.[id] ?? `#${id}`;
    case 'template':
      return words.projectType[id as keyof AuditWords['projectType']] ?? id;
    case 'stageLimit':
      return words.stage[id as keyof AuditWords['stage']] ?? id;
    case 'investmentMonth':
      return periodLabel(id, language);
    case 'investmentSettings':
      return words.investmentSettings;
    case 'meeting':
      return names.meetings?.[id] ?? `#${id}`;
    case 'actionItem':
      return names.actionItems?.[id] ?? `#${id}`;
    case 'blocker': {
      const blocker = names.blockers?.[id];
      return blocker ? blockerTitle(blocker, language) : `#${id}`;
    }
    default:
      return id;
  }
}

export function fieldLabel(field: string, entityType: string, language: string): string {
  const words = wordsOf(language);
  const specific = isEntityType(entityType) ? words.fieldsOf[entityType]?.[field] : undefined;
  return specific ?? words.fields[field] ?? field;
}

export function formatValue(
  entityType: string,
  field: string,
  value: unknown,
  names: AuditNames,
  language: string,
): string {
  const words = wordsOf(language);
  const lang = auditLanguage(language);
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  const byId = (book: Record<string, string> | undefined) => (id: unknown) => book?.[String(id)] ?? `#${String(id)}`;
  const list = (items: unknown, each: (item: unknown) => string) =>
    Array.isArray(items) && items.length > 0 ? items.map(each).join(words.listSeparator) : words.empty;
  const word = (book: Record<string, string> | undefined) => book?.[String(value)] ?? String(value);
  switch (field) {
    case 'stage':
      return word(words.stage);
    case 'projectType':
      return word(words.projectType);
    case 'role':
      return word(words.role);
    case 'kind':
      return word(words.kind);
    case 'status':
      return word(isEntityType(entityType) ? words.status[entityType] : undefined);
    case 'level':
      return word(blockerLabels[lang].level as Record<BlockerLevel, string>);
    case 'category':
      return word(blockerLabels[lang].category as Record<BlockerCategory, string>);
    case 'ownerUnitId':
    case 'responsibleUnitId':
      return byId(names.units)(value);
    case 'unitIds':
      return list(value, byId(names.units));
    case 'targetMilestoneId':
      return byId(names.milestones)(value);
    case 'dependsOn':
      return list(value, byId(names.milestones));
    case 'projectId':
      return byId(names.projects)(value);
    case 'meetingId':
      return byId(names.meetings)(value);
    case 'actionItemId':
      return byId(names.actionItems)(value);
    case 'blockerId': {
      const blocker = names.blockers?.[String(value)];
      return blocker ? blockerTitle(blocker, language) : `#${String(value)}`;
    }
    case 'milestones':
      return Array.isArray(value) ? fill(words.count.milestones, { count: value.length }) : String(value);
    case 'agenda':
      return Array.isArray(value) ? fill(words.count.agenda, { count: value.length }) : String(value);
    case 'agendaItems':
      return fill(words.count.agenda, { count: String(value) });
    case 'blocks':
      return list(value, (item) => holidayBlockText(asRecord(item) ?? {}, words));
    case 'month':
      return typeof value === 'string' ? periodLabel(value, language) : String(value);
  }
  if (AMOUNTS.has(field) && typeof value === 'string') {
    return fill(words.amount, { amount: groupedAmount(value, language) });
  }
  if (Array.isArray(value)) return list(value, String);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function holidayBlockText(block: Json, words: AuditWords): string {
  const dates = Array.isArray(block.makeUpWorkdays) ? block.makeUpWorkdays.map(String) : [];
  const text = fill(words.holiday.block, { name: String(block.name), from: String(block.from), to: String(block.to) });
  return dates.length > 0 ? text + fill(words.holiday.makeUp, { dates: dates.join(words.listSeparator) }) : text;
}

// Fields read in the order the words list them, not in the order a database hands back JSON keys.
const FIELD_ORDER = Object.keys(auditWords.zh.fields);
function fieldRank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields that really changed, labelled; with no "before", the values set. */
export function fieldChanges(
  entry: AuditChangeInput,
  names: AuditNames,
  language: string,
  skip: ReadonlySet<string> = HIDDEN,
): FieldChange[] {
  const from = asRecord(entry.before);
  const to = asRecord(entry.after);
  const type = entry.action.startsWith('blocker.') ? 'blocker' : entry.entityType;
  const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])]
    .filter((f) => !skip.has(f))
    .sort((a, b) => fieldRank(a) - fieldRank(b));
  const show = (field: string, value: unknown) => formatValue(type, field, value, names, language);
  const changes: FieldChange[] = [];
  // An id of the entry's own entity says nothing the entity column does not.
  const self = type === 'meeting' ? 'meetingId' : type === 'actionItem' ? 'actionItemId' : null;
  for (const field of fields) {
    if (field === self) continue;
    const label = fieldLabel(field, type, language);
    const isBefore = from !== null && field in from;
    const isAfter = to !== null && field in to;
    if (isBefore && isAfter) {
      if (same(from[field], to[field])) continue;
      changes.push({ field, label, from: show(field, from[field]), to: show(field, to[field]) });
    } else {
      // One side only: what was created or set, or what was removed; an empty one says nothing.
      const value = isAfter ? to![field] : from![field];
      if (value === null || value === undefined || value === '') continue;
      changes.push({ field, label, to: show(field, value) });
    }
  }
  return changes;
}

/** A headline for the entries that tell a story of their own (a stage move, a milestone done), and the changes. */
export function summarizeAudit(entry: AuditChangeInput, names: AuditNames, language: string): ChangeSummary {
  const words = wordsOf(language);
  const before = asRecord(entry.before) ?? {};
  const after = asRecord(entry.after) ?? {};
  const changes = (extra: string[] = []) => fieldChanges(entry, names, language, new Set([...HIDDEN, ...extra]));
  const stage = (value: unknown) => words.stage[value as keyof AuditWords['stage']] ?? String(value ?? '');
  switch (entry.action) {
    case 'move':
      return {
        headline:
          before.stage === after.stage
            ? fill(words.headline.reordered, { stage: stage(after.stage) })
            : fill(words.headline.moved, { from: stage(before.stage), to: stage(after.stage) }),
        changes: [],
      };
    case 'archive':
      return { headline: fill(words.headline.archived, { stage: stage(before.stage) }), changes: [] };
    case 'restore':
      return { headline: fill(words.headline.restored, { stage: stage(after.stage) }), changes: [] };
    case 'agenda.reorder':
      return { headline: words.headline.agendaReordered, changes: [] };
    case 'reportInvestment':
    case 'correctInvestment': {
      // The month is what the entry is about, whether or not its figure changed.
      const month = String(after.month ?? before.month ?? '');
      return { headline: periodLabel(month, language), changes: changes(['month']) };
    }
    case 'updateMilestone': {
      const name = String(after.milestone ?? before.milestone ?? '');
      if ('actualFinish' in after) {
        const headline = after.actualFinish
          ? fill(words.headline.milestoneDone, { name, date: String(after.actualFinish) })
          : fill(words.headline.milestoneUndone, { name });
        return { headline, changes: changes(['actualFinish']) };
      }
      return { headline: fill(words.headline.milestoneChanged, { name }), changes: changes() };
    }
  }
  if (entry.entityType === 'project' && entry.action === 'create') {
    return { headline: words.headline.created, changes: [] };
  }
  if (entry.entityType === 'project' && entry.action === 'update') {
    return { headline: words.headline.updated, changes: changes() };
  }
  // The blocker is named in the entity column (the log) or the headline (a project's history).
  if (entry.action.startsWith('blocker.')) return { headline: null, changes: changes(['blockerId']) };
  // A calendar entry is named by its date already.
  if (entry.entityType === 'calendarDay') return { headline: null, changes: changes(['date']) };
  return { headline: null, changes: changes() };
}

/** The entry's reason; the few the server writes itself are words, translated. */
export function reasonText(entry: { action: string; reason: string }, language: string): string {
  const reasons = wordsOf(language).reasons;
  const isServerWord = entry.action === 'signInRefused' || entry.reason === LEDGER_IMPORT_REASON;
  return isServerWord ? (reasons[entry.reason] ?? entry.reason) : entry.reason;
}

/** The summary as one line of text, for a cell of the CSV or Excel download. */
export function summaryText(summary: ChangeSummary, language: string): string {
  const words = wordsOf(language);
  const lines = summary.changes.map(
    (c) => `${c.label}${words.labelSeparator}${c.from !== undefined ? `${c.from} → ` : ''}${c.to}`,
  );
  return [summary.headline, ...lines].filter(Boolean).join(words.changeSeparator);
}
