// A project's history reads as a story: the entries the audit log shares with the admin screens
// (create, update, move, milestone changes) read as there; archiving, restoring and the steps of the
// project's blockers get sentences of their own, and each kind of note says what it is.
import type { TFunction } from 'i18next';
import { blockerLabelsFor, type BlockerCategory, type BlockerLevel } from '../../../server/domain/blockers.js';
import type { AuditEntry } from '../../lib/types.js';
import { blockerTitle, summarizeAudit, type AuditNames, type ChangeSummary } from '../../lib/audit-changes.js';

type Json = Record<string, unknown>;
type Entry = Pick<AuditEntry, 'action' | 'entityType' | 'before' | 'after' | 'reason'>;

const NOTE_KINDS = ['move', 'archive', 'restore', 'escalate', 'clear', 'withdraw', 'reopen'] as const;
type NoteKind = (typeof NOTE_KINDS)[number];

function asRecord(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** How a blocker is named in its later steps: its category and the start of its description. */
export function blockerTitles(entries: readonly Entry[], language: string): Map<number, string> {
  const labels = blockerLabelsFor(language);
  const titles = new Map<number, string>();
  for (const entry of entries) {
    if (entry.action !== 'blocker.raise') continue;
    const after = asRecord(entry.after);
    if (typeof after.blockerId !== 'number') continue;
    const category = labels.category[after.category as BlockerCategory] ?? String(after.category ?? '');
    const description = String(after.description ?? '');
    const short = description.length > 24 ? `${description.slice(0, 24)}…` : description;
    const separator = language === 'en' ? ': ' : '：';
    titles.set(after.blockerId, short ? `${category}${separator}${short}` : category);
  }
  return titles;
}

export function summarizeProjectEntry(
  entry: Entry,
  t: TFunction,
  names: AuditNames,
  language: string,
  titles: ReadonlyMap<number, string>,
): ChangeSummary {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const stage = (value: unknown) => t(`stage.${String(value)}`);
  if (entry.action === 'archive') {
    return { headline: t('project.historyEntry.archived', { stage: stage(before.stage) }), changes: [] };
  }
  if (entry.action === 'restore') {
    return { headline: t('project.historyEntry.restored', { stage: stage(after.stage) }), changes: [] };
  }
  if (entry.action.startsWith('blocker.')) {
    const labels = blockerLabelsFor(language);
    const level = (value: unknown) => labels.level[value as BlockerLevel] ?? String(value ?? '');
    const id = typeof after.blockerId === 'number' ? after.blockerId : Number(before.blockerId);
    const known = names.blockers?.[String(id)];
    const title =
      titles.get(id) ??
      (known ? blockerTitle({ category: known.category, description: known.description }, language) : null) ??
      t('project.historyEntry.unknownBlocker', { id });
    const newTarget =
      before.targetDate !== undefined && after.targetDate !== before.targetDate
        ? t('project.historyEntry.newTarget', { date: String(after.targetDate) })
        : null;
    const withTarget = (headline: string) => ({
      headline: newTarget ? `${headline}${language === 'en' ? '; ' : '；'}${newTarget}` : headline,
      changes: [],
    });
    switch (entry.action) {
      case 'blocker.raise':
        return {
          headline: t('project.historyEntry.blockerRaised', {
            title,
            unit: String(after.responsibleUnit ?? ''),
            level: level(after.level),
            date: String(after.targetDate ?? ''),
          }),
          changes: [],
        };
      case 'blocker.escalate':
        return withTarget(
          t('project.historyEntry.blockerEscalated', { title, from: level(before.level), to: level(after.level) }),
        );
      case 'blocker.clear':
        return { headline: t('project.historyEntry.blockerCleared', { title }), changes: [] };
      case 'blocker.withdraw':
        return { headline: t('project.historyEntry.blockerWithdrawn', { title }), changes: [] };
      case 'blocker.reopen':
        return withTarget(t('project.historyEntry.blockerReopened', { title, level: level(after.level) }));
    }
  }
  return summarizeAudit(entry, names, language);
}

/** The note of an entry, named for what it is (a reason, a resolution, an escalation note). */
export function entryNote(entry: Entry, t: TFunction): string | null {
  if (!entry.reason) return null;
  const step = entry.action.replace(/^blocker\./, '');
  const kind: NoteKind = (NOTE_KINDS as readonly string[]).includes(step) ? (step as NoteKind) : 'move';
  return t(`project.historyEntry.notes.${kind}`, { reason: entry.reason });
}
