import { describe, expect, test } from 'vitest';
import { holidayIssues, ZHolidayNoticeSave } from '../../server/domain/calendar-notice-input.js';
import { formatNoticeText, parseNoticeJson, parseNoticeText } from '../../server/domain/calendar-notice-text.js';
import { chinaCalendar, hasOfficialCalendar, officialYearsOf } from '../../server/domain/china-calendar.js';
import { formatErrorMessage, isErrorKey } from '../../server/domain/error-messages.js';
import { NOTICE_2027, NOTICE_2027_TEXT } from '../factories/holiday-2027.js';

const { year: _year, ...notice2027 } = NOTICE_2027;
const withBlocks = (blocks: typeof NOTICE_2027.blocks) => ({ ...NOTICE_2027, blocks, expectedVersion: null });
const row = (name: string, from: string, to: string, makeUpWorkdays: string[] = []) => ({
  name,
  from,
  to,
  makeUpWorkdays,
});

describe('checking an entered arrangement', () => {
  test('the 2027 arrangement passes', () => {
    expect(holidayIssues(NOTICE_2027)).toEqual([]);
    expect(ZHolidayNoticeSave.safeParse({ ...NOTICE_2027, expectedVersion: null }).success).toBe(true);
  });

  test('each broken rule is named on its row and field, with the dates it is about', () => {
    const issues = holidayIssues(
      withBlocks([
        row('元旦', '2027-01-01', '2027-01-03'),
        row('春节', '2027-02-13', '2027-02-06'), // from after to
        row('清明节', '2027-04-03', '2027-04-05', ['2027-04-07']), // a Wednesday
        row('劳动节', '2027-05-01', '2027-05-05', ['2027-05-03']), // inside its own rest range
        row('重叠', '2027-01-03', '2027-01-04'), // overlaps 元旦
        row('太长', '2027-07-01', '2027-07-31'),
        row('越界', '2028-03-01', '2028-03-02'),
        row('重复补班', '2027-10-01', '2027-10-07', ['2027-10-09', '2027-10-09']),
      ]),
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), [i.key, i.params]]));
    expect(byPath).toEqual({
      'blocks.1.to': ['holiday.toBeforeFrom', { from: '2027-02-13', to: '2027-02-06' }],
      'blocks.2.makeUpWorkdays.0': ['holiday.makeUpNotWeekend', { date: '2027-04-07' }],
      'blocks.3.makeUpWorkdays.0': ['holiday.makeUpInRest', { date: '2027-05-03', row: 4, name: '劳动节' }],
      'blocks.4.from': ['holiday.overlap', { row: 1, name: '元旦' }],
      'blocks.5.to': ['holiday.tooLong', { max: 15 }],
      'blocks.6.from': [
        'holiday.outsideYear',
        { date: '2028-03-01', year: 2027, first: '2026-12-01', last: '2028-01-31' },
      ],
      'blocks.6.to': [
        'holiday.outsideYear',
        { date: '2028-03-02', year: 2027, first: '2026-12-01', last: '2028-01-31' },
      ],
      'blocks.7.makeUpWorkdays.1': ['holiday.makeUpTwice', { date: '2027-10-09' }],
    });
  });

  test('every message reads in both languages with its dates filled in', () => {
    const issues = holidayIssues(withBlocks([row('春节', '2027-02-06', '2027-02-13', ['2027-02-10'])]));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(isErrorKey(issue!.key)).toBe(true);
    if (!isErrorKey(issue!.key)) return;
    expect(formatErrorMessage(issue!.key, issue!.params, 'zh')).toBe(
      '调休上班日 2027-02-10 落在第 1 行（春节）的放假日期内。',
    );
    expect(formatErrorMessage(issue!.key, issue!.params, 'en')).toBe(
      'The make-up working day 2027-02-10 falls inside the days off of row 1 (春节).',
    );
  });

  test('a built-in year is refused: its notice is cited from the State Council', () => {
    const result = ZHolidayNoticeSave.safeParse({ ...NOTICE_2027, year: 2026, expectedVersion: null });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['year', 'holiday.builtInYear']]);
  });

  test('an edge day of the next year may be named (元旦 starting on 31 December); an empty list may not', () => {
    expect(holidayIssues(withBlocks([row('元旦', '2026-12-31', '2027-01-02')]))).toEqual([]);
    const empty = ZHolidayNoticeSave.safeParse(withBlocks([]));
    expect(empty.error!.issues.map((i) => i.message)).toContain('holiday.noBlocks');
  });

  test('a date that does not exist is refused by its own field', () => {
    const result = ZHolidayNoticeSave.safeParse(withBlocks([row('春节', '2027-02-30', '2027-02-13')]));
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['blocks.0.from', 'validation.date'],
    ]);
  });
});

describe('the text format', () => {
  test('reads the notice pasted line by line, headers included', () => {
    const { draft, issues } = parseNoticeText(NOTICE_2027_TEXT);
    expect(issues).toEqual([]);
    expect(draft).toEqual(notice2027);
  });

  test('accepts the other separators and labels a pasted notice may have', () => {
    const { draft } = parseNoticeText(
      '# 草稿\n\ntitle: 2027 notice\n春节 2027-02-06 至 2027-02-13 补班：2027-02-14、2027-02-20\n国庆节 2027-10-01~2027-10-07 makeup 2027-09-26 2027-10-09',
    );
    expect(draft.title).toBe('2027 notice');
    expect(draft.blocks).toEqual([
      row('春节', '2027-02-06', '2027-02-13', ['2027-02-14', '2027-02-20']),
      row('国庆节', '2027-10-01', '2027-10-07', ['2027-09-26', '2027-10-09']),
    ]);
  });

  test('says which line it could not read and why, and keeps the others', () => {
    const { draft, issues } = parseNoticeText(
      '春节 2027-02-06..2027-02-31\n补班日期没有\n2027-04-03..2027-04-05\n劳动节 2027-05-01..2027-05-05 补班 2027-4-25\n发布日期：下周\n端午节 2027-06-09',
    );
    expect(issues.map((i) => [i.line, i.key])).toEqual([
      [1, 'badRange'],
      [2, 'noDates'],
      [3, 'noName'],
      [4, 'badMakeUp'],
      [5, 'badPublished'],
    ]);
    expect(draft.blocks).toEqual([row('端午节', '2027-06-09', '2027-06-09')]);
  });

  test('what the form holds, written out, reads back the same', () => {
    expect(parseNoticeText(formatNoticeText(notice2027)).draft).toEqual(notice2027);
  });

  test('a JSON upload is the notice or its list of holidays; anything else is not read', () => {
    expect(parseNoticeJson(JSON.stringify(notice2027))).toEqual(notice2027);
    expect(parseNoticeJson(JSON.stringify(notice2027.blocks))).toEqual({ blocks: notice2027.blocks });
    expect(parseNoticeJson('{"title": "x"}')).toBeNull();
    expect(parseNoticeJson('not json')).toBeNull();
  });
});

describe('the calendar with an entered arrangement', () => {
  const calendar = chinaCalendar({ notices: { 2027: notice2027 } });

  test('its rest days are off, its make-up days worked, and 2027 has official data', () => {
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false); // a Monday of 春节
    expect(calendar.isWorkingDay('2027-02-14')).toBe(true); // a Sunday worked
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true);
    expect(officialYearsOf(calendar)).toEqual([2024, 2025, 2026, 2027]);
    expect(hasOfficialCalendar('2027-06-01', calendar)).toBe(true);
    expect(hasOfficialCalendar('2027-06-01')).toBe(false);
  });

  test('a changed notice makes another calendar; the same notice the same one', () => {
    expect(chinaCalendar({ notices: { 2027: structuredClone(notice2027) } })).toBe(calendar);
    const changed = { ...notice2027, blocks: notice2027.blocks.slice(1) };
    const other = chinaCalendar({ notices: { 2027: changed } });
    expect(other).not.toBe(calendar);
    expect(other.isWorkingDay('2027-01-01')).toBe(true);
  });

  test('an entered notice for a built-in year changes nothing', () => {
    const ignored = chinaCalendar({
      notices: { 2026: { ...notice2027, blocks: [row('x', '2026-03-02', '2026-03-02')] } },
    });
    expect(ignored.isWorkingDay('2026-03-02')).toBe(true);
    expect(officialYearsOf(ignored)).toEqual([2024, 2025, 2026]);
  });
});
