import type { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ZodError } from 'zod';
import { summarizeAudit } from '../../server/domain/audit-labels.js';
import { formatErrorMessage, type ErrorKey, type ErrorParams } from '../../server/domain/error-messages.js';
import type { Caller } from '../factories/caller.js';
import { NOTICE_2027 } from '../factories/holiday-2027.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { rejection } from '../factories/refusal.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';

const TODAY = '2026-11-20';
const save2027 = { ...NOTICE_2027, expectedVersion: null };

describe.each(testDatabaseKinds)('entering a year’s official holiday arrangement on %s', (kind) => {
  const suite = useTestDatabase(kind);
  let admin: Caller;
  let unitId: number;

  beforeAll(async () => {
    admin = suite.as(undefined, { today: TODAY });
    unitId = (await makeUnit(suite.db.prisma, '区住建局')).id;
  });

  async function cardOf(id: number) {
    const board = await admin.board.get();
    return board.columns.flatMap((column) => column.cards).find((card) => card.id === id)!;
  }

  /** The latest finish of the milestone the target date is for. */
  async function targetLatestFinish(id: number) {
    const project = await admin.project.get({ id });
    const target = project.milestones.find((m) => m.id === project.targetMilestoneId)!;
    return target.schedule!.latestFinish;
  }

  test('an editor and a viewer cannot enter, replace or remove an arrangement', async () => {
    const editor = suite.as(await suite.user('editor', { unitIds: [unitId] }), { today: TODAY });
    const viewer = suite.as(await suite.user('viewer'), { today: TODAY });
    for (const caller of [editor, viewer]) {
      expect((await rejection(caller.calendar.saveNotice(save2027))).code).toBe('FORBIDDEN');
      expect((await rejection(caller.calendar.removeNotice({ year: 2027, expectedVersion: 1 }))).code).toBe(
        'FORBIDDEN',
      );
      expect(await caller.calendar.notices()).toEqual([]);
    }
  });

  test('a bad arrangement is refused with a message for each row, and nothing is saved', async () => {
    const bad = {
      ...save2027,
      blocks: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [] },
        { name: '春节', from: '2027-02-13', to: '2027-02-06', makeUpWorkdays: [] },
        { name: '劳动节', from: '2027-05-01', to: '2027-05-05', makeUpWorkdays: ['2027-05-02'] },
        { name: '国庆节', from: '2027-01-02', to: '2027-01-04', makeUpWorkdays: [] },
      ],
    };
    const refused = await rejection(admin.calendar.saveNotice(bad));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(messagesOf(refused, 'en')).toEqual({
      'blocks.1.to': 'The last day 2027-02-06 is before the first day 2027-02-13.',
      'blocks.2.makeUpWorkdays.0': 'The make-up working day 2027-05-02 falls inside the days off of row 3 (劳动节).',
      'blocks.3.from': 'These days overlap row 1 (元旦).',
    });
    expect(messagesOf(refused, 'zh')).toEqual({
      'blocks.1.to': '结束日期 2027-02-06 早于开始日期 2027-02-13。',
      'blocks.2.makeUpWorkdays.0': '调休上班日 2027-05-02 落在第 3 行（劳动节）的放假日期内。',
      'blocks.3.from': '与第 1 行（元旦）的放假日期重叠。',
    });
    expect(await admin.calendar.notices()).toEqual([]);
    expect(await admin.audit.list({ entityType: 'holidayNotice' })).toMatchObject({ entries: [] });
  });

  test('a year with a built-in notice cannot be entered', async () => {
    const refused = await rejection(admin.calendar.saveNotice({ ...save2027, year: 2026 }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(messagesOf(refused, 'zh')).toEqual({
      year: '2026 年的节假日安排已内置（引自国务院办公厅通知），无需也不能另行录入。',
    });
  });

  test('an admin enters 2027: deadlines move off the new holidays and the warning moves on to 2028', async () => {
    // 2027-02-08 is a Monday: a working day until 春节 makes it a day off.
    const project = await admin.project.create(
      projectInput(unitId, { projectType: 'industrial', targetDate: '2027-02-08' }),
    );
    const farProject = await admin.project.create(
      projectInput(unitId, { projectType: 'industrial', targetDate: '2028-06-30' }),
    );
    expect(await targetLatestFinish(project.id)).toBe('2027-02-08');
    expect((await cardOf(project.id)).schedule.yearsWithoutCalendar[0]).toBe(2027);
    expect((await cardOf(farProject.id)).schedule.yearsWithoutCalendar.slice(0, 2)).toEqual([2027, 2028]);
    const before = (await cardOf(project.id)).schedule.next!;

    const saved = await admin.calendar.saveNotice(save2027);
    expect(saved).toEqual({ year: 2027, version: 1 });

    // The working day before 春节 (2027-02-06..13) is Friday 2027-02-05.
    expect(await targetLatestFinish(project.id)).toBe('2027-02-05');
    const after = (await cardOf(project.id)).schedule;
    expect(after.yearsWithoutCalendar).not.toContain(2027);
    expect(after.next!.workingDaysLeft).toBeLessThan(before.workingDaysLeft);
    // The board's warning names the first year still without data: 2028 now.
    expect((await cardOf(farProject.id)).schedule.yearsWithoutCalendar[0]).toBe(2028);
    expect((await admin.project.get({ id: farProject.id })).schedule.yearsWithoutCalendar[0]).toBe(2028);

    const [notice] = await admin.calendar.notices();
    expect(notice).toMatchObject({ ...NOTICE_2027, enteredBy: '测试管理员', version: 1 });

    // Replacing it without 春节 gives the Monday back; removing it brings the 2027 warning back.
    const replaced = await admin.calendar.saveNotice({
      ...save2027,
      blocks: NOTICE_2027.blocks.filter((b) => b.name !== '春节'),
      expectedVersion: 1,
    });
    expect(replaced.version).toBe(2);
    expect(await targetLatestFinish(project.id)).toBe('2027-02-08');
    await admin.calendar.removeNotice({ year: 2027, expectedVersion: 2 });
    expect(await admin.calendar.notices()).toEqual([]);
    expect((await cardOf(project.id)).schedule.yearsWithoutCalendar[0]).toBe(2027);

    const { entries } = await admin.audit.list({ entityType: 'holidayNotice' });
    expect(entries.map((e) => e.action)).toEqual(['remove', 'update', 'create']);
    const created = summarizeAudit(entries[2]!, {}, 'zh').changes.find((c) => c.field === 'blocks')!;
    expect(created.label).toBe('放假安排');
    expect(created.to).toContain('春节 2027-02-06 至 2027-02-13（补班 2027-02-14、2027-02-20）');
    const removedEn = summarizeAudit(entries[0]!, {}, 'en').changes.find((c) => c.field === 'blocks')!;
    expect(removedEn.label).toBe('Holidays');
    expect(removedEn.to).toContain('国庆节 2027-10-01 to 2027-10-07 (make-up working days 2027-09-26, 2027-10-09)');
  });

  test('a save on an old version, or a second first entry, is refused and names who saved', async () => {
    await admin.calendar.saveNotice({ ...save2027, year: 2029, blocks: [NOTICE_2027.blocks[0]!].map(shiftTo2029) });
    const twice = await rejection(
      admin.calendar.saveNotice({ ...save2027, year: 2029, blocks: [NOTICE_2027.blocks[0]!].map(shiftTo2029) }),
    );
    expect(twice.code).toBe('CONFLICT');
    expect(twice.key).toBe('holiday.exists');
    const stale = await rejection(admin.calendar.removeNotice({ year: 2029, expectedVersion: 7 }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe('The arrangement for 2029 was just changed by 测试管理员. Reload and try again.');
    const missing = await rejection(admin.calendar.removeNotice({ year: 2030, expectedVersion: 1 }));
    expect(missing.key).toBe('holiday.notFound');
    await admin.calendar.removeNotice({ year: 2029, expectedVersion: 1 });
  });
});

function shiftTo2029(block: (typeof NOTICE_2027.blocks)[number]) {
  return { ...block, from: block.from.replace('2027', '2029'), to: block.to.replace('2027', '2029') };
}

/** The refusal's message for each field, as the one error formatter words them in `lang`. */
function messagesOf(error: TRPCError, lang: 'zh' | 'en'): Record<string, string> {
  const issues = (error.cause as ZodError).issues;
  return Object.fromEntries(
    issues.map((issue) => {
      const params = issue.code === 'custom' ? (issue.params as ErrorParams) : {};
      return [issue.path.join('.'), formatErrorMessage(issue.message as ErrorKey, params, lang)];
    }),
  );
}
