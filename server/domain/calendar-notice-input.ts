// An admin-entered official arrangement (放假调休安排) for a year the code has no notice for. The same
// schema checks the browser's form (live, row by row) and the server's input, so both say the same.
import { z } from 'zod';
import { OFFICIAL_HOLIDAYS, type HolidayBlock } from './china-holidays.js';
import { MAX_YEAR, MIN_YEAR, parseIsoDate, weekdayOf } from './dates.js';
import { zText, ZVersion } from './input-primitives.js';
import { ZIsoDate } from './project-input.js';

/** The longest rest range an arrangement has had is nine days (春节 2026); a typo makes a month. */
export const MAX_REST_DAYS = 15;
export const MAX_HOLIDAY_ROWS = 20;
export const MAX_MAKE_UP_DAYS = 6;

export const ZHolidayBlock = z.object({
  name: zText({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(20, { error: 'validation.tooLong' }),
  from: ZIsoDate,
  to: ZIsoDate,
  makeUpWorkdays: z.array(ZIsoDate).max(MAX_MAKE_UP_DAYS, { error: 'holiday.tooManyMakeUpDays' }),
});

const noticeFields = {
  year: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(MIN_YEAR, { error: 'validation.invalid' })
    .max(MAX_YEAR, { error: 'validation.invalid' }),
  title: zText({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(200, { error: 'validation.tooLong' }),
  number: zText().trim().max(100, { error: 'validation.tooLong' }).default(''),
  published: ZIsoDate.nullable().default(null),
  blocks: z
    .array(ZHolidayBlock)
    .min(1, { error: 'holiday.noBlocks' })
    .max(MAX_HOLIDAY_ROWS, { error: 'holiday.tooManyBlocks' }),
};

export interface HolidayIssue {
  /** Where the issue is, as zod paths are: ['blocks', 2, 'to']. */
  path: (string | number)[];
  key: string;
  params: Record<string, string | number>;
}

/** The first and last dates an arrangement for `year` may name: its edges reach into the next and last year. */
export function yearEdges(year: number): { first: string; last: string } {
  return { first: `${year - 1}-12-01`, last: `${year + 1}-01-31` };
}

const dayOf = (iso: string) => parseIsoDate(iso)!;

/**
 * The rules an arrangement must keep beyond each field's own shape: years without a notice in the
 * code, dates inside the year or its edges, from ≤ to, ranges no longer than MAX_REST_DAYS, no two
 * ranges overlapping, make-up days on weekends, outside every rest range and not listed twice.
 * Each issue names its row (1-based in the params, as a person counts).
 */
export function holidayIssues(notice: { year: number; blocks: HolidayBlock[] }): HolidayIssue[] {
  const issues: HolidayIssue[] = [];
  const { year, blocks } = notice;
  if (OFFICIAL_HOLIDAYS[year]) {
    issues.push({ path: ['year'], key: 'holiday.builtInYear', params: { year } });
    return issues;
  }
  const { first, last } = yearEdges(year);
  const outside = (date: string) => date < first || date > last;
  const isWellFormed = blocks.map((b) => parseIsoDate(b.from) !== undefined && parseIsoDate(b.to) !== undefined);
  blocks.forEach((block, i) => {
    if (!isWellFormed[i]) return;
    for (const field of ['from', 'to'] as const) {
      if (outside(block[field])) {
        issues.push({
          path: ['blocks', i, field],
          key: 'holiday.outsideYear',
          params: { date: block[field], year, first, last },
        });
      }
    }
    if (block.from > block.to) {
      issues.push({
        path: ['blocks', i, 'to'],
        key: 'holiday.toBeforeFrom',
        params: { from: block.from, to: block.to },
      });
    } else if (dayOf(block.to) - dayOf(block.from) + 1 > MAX_REST_DAYS) {
      issues.push({ path: ['blocks', i, 'to'], key: 'holiday.tooLong', params: { max: MAX_REST_DAYS } });
    }
  });
  blocks.forEach((block, i) => {
    if (!isWellFormed[i] || block.from > block.to) return;
    const other = blocks.findIndex(
      (b, j) => j < i && isWellFormed[j] && b.from <= b.to && b.from <= block.to && block.from <= b.to,
    );
    if (other >= 0) {
      issues.push({
        path: ['blocks', i, 'from'],
        key: 'holiday.overlap',
        params: { row: other + 1, name: blocks[other]!.name },
      });
    }
  });
  const seen = new Set<string>();
  blocks.forEach((block, i) => {
    block.makeUpWorkdays.forEach((date, k) => {
      const day = parseIsoDate(date);
      if (day === undefined) return;
      const path = ['blocks', i, 'makeUpWorkdays', k];
      const restRow = blocks.findIndex((b, j) => isWellFormed[j] && b.from <= date && date <= b.to);
      if (outside(date)) issues.push({ path, key: 'holiday.outsideYear', params: { date, year, first, last } });
      else if (seen.has(date)) issues.push({ path, key: 'holiday.makeUpTwice', params: { date } });
      else if (restRow >= 0) {
        issues.push({
          path,
          key: 'holiday.makeUpInRest',
          params: { date, row: restRow + 1, name: blocks[restRow]!.name },
        });
      } else if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6) {
        issues.push({ path, key: 'holiday.makeUpNotWeekend', params: { date } });
      }
      seen.add(date);
    });
  });
  return issues;
}

function withRules<T extends { year: number; blocks: HolidayBlock[] }>(value: T, ctx: z.RefinementCtx) {
  for (const issue of holidayIssues(value)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.key, params: issue.params });
  }
}

/** What the form sends: the whole arrangement, and the version it replaces (null: there is none yet). */
export const ZHolidayNoticeSave = z
  .object({ ...noticeFields, expectedVersion: ZVersion.nullable().default(null) })
  .superRefine(withRules);
export type THolidayNoticeSave = z.infer<typeof ZHolidayNoticeSave>;

export const ZHolidayNoticeRemove = z.object({ year: noticeFields.year, expectedVersion: ZVersion });
