import i18next, { type TFunction } from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { projectMessages } from '../../client/features/project/messages.js';
import { scheduleProblemText } from '../../client/features/project/schedule-problem.js';
import { chinaCalendar, reverseSchedule, ScheduleError } from '../../server/domain/schedule.js';

const translators = {} as Record<'zh' | 'en', TFunction>;
beforeAll(async () => {
  for (const language of ['zh', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      resources: { [language]: { translation: { project: projectMessages[language] } } },
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

/** The problem a real computation reports, as the project page receives it. */
function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleError) return { code: error.code, message: error.message, details: error.details };
  }
  throw new Error('expected a schedule error');
}

const names: Record<string, string> = { '1': '立项', '2': '用地预审', '3': '环评批复' };

test('a loop is named by the milestones in it, in the reader’s language', () => {
  const problem = problemOf(() =>
    reverseSchedule({
      milestones: [
        { key: '1', durationDays: 5, dependsOn: ['3'] },
        { key: '2', durationDays: 5, dependsOn: ['1'] },
        { key: '3', durationDays: 5, dependsOn: ['2'] },
      ],
      targetDate: '2026-06-30',
      today: '2026-03-02',
      calendar: chinaCalendar(),
    }),
  );
  const zh = scheduleProblemText(problem, translators.zh, (key) => names[key]);
  expect(zh).toMatch(/^无法排期：节点之间循环依赖（/);
  for (const name of Object.values(names)) expect(zh).toContain(name);
  expect(scheduleProblemText(problem, translators.en, (key) => names[key])).toMatch(/^Cannot be scheduled: .*loop/);
});

test('a calendar without working days says where it looked and in which direction', () => {
  const nothingWorks = { isWorkingDay: () => false };
  const problem = problemOf(() =>
    reverseSchedule({
      milestones: [{ key: '1', durationDays: 5, dependsOn: [] }],
      targetDate: '2026-06-30',
      today: '2026-03-02',
      calendar: nothingWorks,
    }),
  );
  expect(problem.code).toBe('noWorkingDay');
  const zh = scheduleProblemText(problem, translators.zh, () => undefined);
  expect(zh).toContain(problem.details.date!);
  expect(zh).toContain(problem.details.direction === 'before' ? '之前十年内没有工作日' : '之后十年内没有工作日');
  const en = scheduleProblemText(problem, translators.en, () => undefined);
  expect(en).toContain(problem.details.direction === 'before' ? 'on or before' : 'on or after');
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
});

test('bad stored data is reported in the reader’s language with the code to look for, never the English detail', () => {
  const problem = problemOf(() =>
    reverseSchedule({
      milestones: [{ key: '1', durationDays: 5, dependsOn: ['9'] }],
      targetDate: '2026-06-30',
      today: '2026-03-02',
      calendar: chinaCalendar(),
    }),
  );
  const zh = scheduleProblemText(problem, translators.zh, (key) => names[key]);
  expect(zh).toMatch(/^无法排期：节点计划的数据有误.*（unknownDependency）。$/);
  expect(zh).not.toContain(problem.message);
});
