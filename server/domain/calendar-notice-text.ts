// The notice as pasted text, one holiday a line, so an admin can copy the State Council's lines and
// tidy them rather than type every date into the form:
//
//   标题：国务院办公厅关于2027年部分节假日安排的通知
//   文号：国办发明电〔2026〕1号
//   发布日期：2026-11-05
//   元旦 2027-01-01..2027-01-03
//   春节 2027-02-06..2027-02-13 补班 2027-02-14,2027-02-20
//
// A range is `from..to` (also `~` or `至`); a single date is a one-day range; make-up working days
// follow `补班` (or `makeup`), separated by commas (or `、`). Blank lines and lines starting with `#`
// are skipped. English labels `title:`, `number:`, `published:` work too. The JSON upload is the
// notice itself: `{ "title", "number", "published", "blocks": [{ "name", "from", "to", "makeUpWorkdays" }] }`.
import type { HolidayBlock } from './china-holidays.js';
import { isIsoDate } from './dates.js';

export interface NoticeDraft {
  title?: string;
  number?: string;
  published?: string | null;
  blocks: HolidayBlock[];
}

export interface TextIssue {
  /** 1-based line of the pasted text. */
  line: number;
  key: 'noDates' | 'badDate' | 'badRange' | 'noName' | 'badMakeUp' | 'badPublished';
  text: string;
}

const HEADERS: [RegExp, 'title' | 'number' | 'published'][] = [
  [/^(?:标题|title)\s*[:：]\s*(.*)$/i, 'title'],
  [/^(?:文号|number)\s*[:：]\s*(.*)$/i, 'number'],
  [/^(?:发布日期|发布|published)\s*[:：]\s*(.*)$/i, 'published'],
];
const MAKE_UP = /\s*(?:补班|调休上班|makeup|make-up)\s*[:：]?\s*/i;
const RANGE = /^(\S+?)\s*(?:\.\.|~|～|至)\s*(\S+)$/;

function parseHolidayLine(line: string, lineNo: number): HolidayBlock | TextIssue {
  const [restPart = '', makeUpPart] = line.split(MAKE_UP);
  const firstDate = restPart.search(/\d{4}-/);
  if (firstDate < 0) return { line: lineNo, key: 'noDates', text: line };
  const name = restPart.slice(0, firstDate).trim();
  if (!name) return { line: lineNo, key: 'noName', text: line };
  const dates = restPart.slice(firstDate).trim();
  const range = RANGE.exec(dates);
  const [from, to] = range ? [range[1]!, range[2]!] : [dates, dates];
  if (!isIsoDate(from) || !isIsoDate(to)) return { line: lineNo, key: range ? 'badRange' : 'badDate', text: line };
  const makeUpWorkdays = (makeUpPart ?? '')
    .split(/[,，、\s]+/)
    .map((date) => date.trim())
    .filter(Boolean);
  if (makeUpWorkdays.some((date) => !isIsoDate(date))) return { line: lineNo, key: 'badMakeUp', text: line };
  return { name, from, to, makeUpWorkdays };
}

/** The arrangement a pasted text describes, and what could not be read, line by line. */
export function parseNoticeText(text: string): { draft: NoticeDraft; issues: TextIssue[] } {
  const draft: NoticeDraft = { blocks: [] };
  const issues: TextIssue[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const lineNo = index + 1;
    if (!line || line.startsWith('#')) return;
    for (const [pattern, field] of HEADERS) {
      const match = pattern.exec(line);
      if (!match) continue;
      const value = match[1]!.trim();
      if (field !== 'published') draft[field] = value;
      else if (isIsoDate(value)) draft.published = value;
      else issues.push({ line: lineNo, key: 'badPublished', text: line });
      return;
    }
    const parsed = parseHolidayLine(line, lineNo);
    if ('key' in parsed) issues.push(parsed);
    else draft.blocks.push(parsed);
  });
  return { draft, issues };
}

/** The arrangement as text in the same format, so what the form holds can be copied out and back. */
export function formatNoticeText(draft: NoticeDraft): string {
  const lines: string[] = [];
  if (draft.title) lines.push(`标题：${draft.title}`);
  if (draft.number) lines.push(`文号：${draft.number}`);
  if (draft.published) lines.push(`发布日期：${draft.published}`);
  for (const block of draft.blocks) {
    const range = block.from === block.to ? block.from : `${block.from}..${block.to}`;
    const makeUp = block.makeUpWorkdays.length > 0 ? ` 补班 ${block.makeUpWorkdays.join(',')}` : '';
    lines.push(`${block.name} ${range}${makeUp}`);
  }
  return lines.join('\n');
}

/**
 * An uploaded JSON file as a draft, or null when it is not one: the notice object, or just its
 * array of holidays. Fields are taken as strings; the form's checks say what is wrong with them.
 */
export function parseNoticeJson(text: string): NoticeDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const record =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const blocks = Array.isArray(value) ? value : record?.blocks;
  if (!Array.isArray(blocks)) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const draft: NoticeDraft = {
    blocks: blocks.map((b: unknown) => {
      const block = (b !== null && typeof b === 'object' ? b : {}) as Record<string, unknown>;
      const makeUp = Array.isArray(block.makeUpWorkdays) ? block.makeUpWorkdays.map(str) : [];
      return { name: str(block.name), from: str(block.from), to: str(block.to), makeUpWorkdays: makeUp };
    }),
  };
  if (record) {
    if (typeof record.title === 'string') draft.title = record.title;
    if (typeof record.number === 'string') draft.number = record.number;
    if (typeof record.published === 'string') draft.published = record.published;
  }
  return draft;
}
