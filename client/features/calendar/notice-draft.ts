// The notice form's state and how it becomes the saved input; the checks are the server's own
// (calendar-notice-input.ts), so the browser says what the server would, row by row, before saving.
import type { TFunction } from 'i18next';
import {
  holidayIssues,
  ZHolidayNoticeSave,
  type THolidayNoticeSave,
} from '../../../server/domain/calendar-notice-input.js';
import type { NoticeDraft } from '../../../server/domain/calendar-notice-text.js';
import type { HolidayBlock } from '../../../server/domain/china-holidays.js';
import { fieldMessages, type FieldMessages } from '../../lib/errors.js';

export interface DraftRow {
  name: string;
  from: string;
  to: string;
  /** As typed: dates separated by commas. */
  makeUp: string;
}

export interface FormDraft {
  title: string;
  number: string;
  published: string;
  rows: DraftRow[];
}

export const emptyRow = (): DraftRow => ({ name: '', from: '', to: '', makeUp: '' });

export function splitDates(text: string): string[] {
  return text
    .split(/[,，、\s]+/)
    .map((date) => date.trim())
    .filter(Boolean);
}

export function blocksOf(rows: readonly DraftRow[]): HolidayBlock[] {
  return rows.map((row) => ({
    name: row.name.trim(),
    from: row.from,
    to: row.to,
    makeUpWorkdays: splitDates(row.makeUp),
  }));
}

export function formDraftOf(notice: NoticeDraft | null, year: number): FormDraft {
  if (!notice) {
    return { title: `国务院办公厅关于${year}年部分节假日安排的通知`, number: '', published: '', rows: [emptyRow()] };
  }
  return {
    title: notice.title ?? '',
    number: notice.number ?? '',
    published: notice.published ?? '',
    rows: notice.blocks.map((b) => ({ name: b.name, from: b.from, to: b.to, makeUp: b.makeUpWorkdays.join(', ') })),
  };
}

/** An imported draft fills the form; what it leaves out keeps what the form had. */
export function mergeImported(current: FormDraft, imported: NoticeDraft): FormDraft {
  const next = formDraftOf(imported, 0);
  return {
    title: imported.title ?? current.title,
    number: imported.number ?? current.number,
    published: imported.published ?? current.published,
    rows: next.rows.length > 0 ? next.rows : current.rows,
  };
}

export function inputOf(draft: FormDraft, year: number, expectedVersion: number | null) {
  return {
    year,
    title: draft.title,
    number: draft.number,
    published: draft.published || null,
    blocks: blocksOf(draft.rows),
    expectedVersion,
  };
}

/**
 * Every message the form shows, by path ('blocks.1.to'): the fields' own shapes and the rules
 * between rows. The rules run even when a field is malformed, so one pass shows everything.
 */
export function draftMessages(
  input: ReturnType<typeof inputOf>,
  t: TFunction,
): { messages: FieldMessages; valid: THolidayNoticeSave | null } {
  const parsed = ZHolidayNoticeSave.safeParse(input);
  if (parsed.success) return { messages: {}, valid: parsed.data };
  const messages = fieldMessages(parsed.error, t);
  for (const issue of holidayIssues(input)) {
    messages[issue.path.join('.')] ??= t(issue.key, { ns: 'errors', keySeparator: false, ...issue.params });
  }
  return { messages, valid: null };
}

/** The messages about one row (its fields and make-up days), in the order of its fields. */
export function rowMessages(messages: FieldMessages, index: number): string[] {
  const prefix = `blocks.${index}.`;
  return [
    ...new Set(
      Object.entries(messages)
        .filter(([path]) => path.startsWith(prefix))
        .map(([, m]) => m),
    ),
  ];
}
