import { describe, expect, test } from 'vitest';
import {
  agendaSince,
  formatAgendaReason,
  isActionItemOverdue,
  planAsOf,
  proposeAgenda,
  wasBlockerOverdueOn,
  type AgendaBlocker,
  type AgendaInput,
} from '../../server/domain/meeting-agenda.js';

const TODAY = '2026-03-09';
const SINCE = '2026-03-02';
const p = (id: number) => ({ id, code: `ZQ-${id}`, name: `项目${id}` });

function blocker(overrides: Partial<AgendaBlocker>): AgendaBlocker {
  return {
    id: 1,
    project: p(1),
    description: '用地指标未落实',
    status: 'open',
    level: 'department',
    responsibleUnit: '自然资源局',
    raisedOn: '2026-02-01',
    targetDate: '2026-04-01',
    escalatedOn: null,
    ...overrides,
  };
}

const base: AgendaInput = {
  today: TODAY,
  since: SINCE,
  dueBy: '2026-03-23',
  projects: [],
  blockers: [],
  stageMoves: [],
  milestones: [],
  actionItems: [],
};

describe('agenda window', () => {
  test('since the previous meeting, or a week back for the first', () => {
    expect(agendaSince('2026-03-09', '2026-03-02')).toBe('2026-03-02');
    expect(agendaSince('2026-03-09', null)).toBe('2026-03-02');
    expect(agendaSince('2026-03-03', null)).toBe('2026-02-24');
  });

  test('a plan as of a date forgets the actual dates after it', () => {
    const plan = {
      targetDate: '2026-06-30',
      targetMilestoneId: null,
      milestones: [
        { id: 1, name: 'a', durationDays: 5, dependsOn: [], actualStart: '2026-02-01', actualFinish: '2026-03-05' },
        { id: 2, name: 'b', durationDays: 5, dependsOn: [1], actualStart: '2026-03-06', actualFinish: null },
      ],
    };
    const asOf = planAsOf(plan, '2026-03-02');
    expect(asOf.milestones.map((m) => [m.actualStart, m.actualFinish])).toEqual([
      ['2026-02-01', null],
      [null, null],
    ]);
  });

  test('a blocker was overdue on a date if open then and past its date', () => {
    const b = { raisedOn: '2026-02-01', targetDate: '2026-02-20', closedOn: null };
    expect(wasBlockerOverdueOn(b, '2026-02-20')).toBe(false);
    expect(wasBlockerOverdueOn(b, '2026-02-21')).toBe(true);
    expect(wasBlockerOverdueOn({ ...b, closedOn: '2026-02-21' }, '2026-02-21')).toBe(false);
    expect(wasBlockerOverdueOn({ ...b, closedOn: '2026-02-22' }, '2026-02-21')).toBe(true);
  });

  test('an open action item past its due date is overdue; a closed one never', () => {
    expect(isActionItemOverdue({ status: 'open', dueDate: '2026-03-06' }, TODAY)).toBe(true);
    expect(isActionItemOverdue({ status: 'open', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isActionItemOverdue({ status: 'closed', dueDate: '2026-03-06' }, TODAY)).toBe(false);
  });
});

describe('proposeAgenda', () => {
  test('red projects: turned red since the last meeting, or red already', () => {
    const agenda = proposeAgenda({
      ...base,
      projects: [
        { ...p(2), light: 'red', lightSince: 'green' },
        { ...p(1), light: 'red', lightSince: 'red' },
        { ...p(3), light: 'yellow', lightSince: 'red' },
        { ...p(4), light: null, lightSince: null },
      ],
    });
    expect(agenda.map((i) => [i.kind, i.projectId, i.reasons[0]!.key, i.isRed])).toEqual([
      ['redProject', 1, 'agenda.red', true],
      ['redProject', 2, 'agenda.turnedRed', true],
    ]);
    expect(agenda[0]!.title).toBe('ZQ-1 项目1');
  });

  test('blockers: overdue, escalated, new since; each once with all its reasons; old quiet ones and closed ones not', () => {
    const agenda = proposeAgenda({
      ...base,
      blockers: [
        blocker({ id: 1 }), // old, on time, not escalated: not on the agenda
        blocker({ id: 2, raisedOn: '2026-03-05' }), // new
        blocker({ id: 3, status: 'escalated', level: 'districtLeader', escalatedOn: '2026-03-04' }),
        blocker({ id: 4, status: 'escalated', level: 'city', escalatedOn: '2026-02-10' }),
        blocker({ id: 5, targetDate: '2026-03-06', status: 'escalated', level: 'city', escalatedOn: '2026-03-03' }),
        blocker({ id: 6, raisedOn: '2026-03-05', status: 'cleared' }),
        blocker({ id: 7, raisedOn: SINCE }), // raised on the day of the last meeting: not new
      ],
    });
    expect(agenda.map((i) => [i.kind, i.blockerId, i.reasons.map((r) => r.key)])).toEqual([
      ['overdueBlocker', 5, ['agenda.blockerOverdue', 'agenda.blockerEscalatedSince']],
      ['escalatedBlocker', 3, ['agenda.blockerEscalatedSince']],
      ['escalatedBlocker', 4, ['agenda.blockerEscalated']],
      ['newBlocker', 2, ['agenda.blockerNew']],
    ]);
    expect(agenda[0]!.isRed).toBe(true);
    expect(agenda[0]!.reasons[0]!.params).toMatchObject({ targetDate: '2026-03-06', responsibleUnit: '自然资源局' });
    expect(agenda[3]!.title).toBe('ZQ-1 项目1 · 用地指标未落实');
  });

  test('stage moves after the last meeting, milestones due within the window, not done', () => {
    const agenda = proposeAgenda({
      ...base,
      stageMoves: [
        { id: 1, project: p(1), fromStage: 'maturity', toStage: 'acceleration', on: SINCE },
        { id: 2, project: p(2), fromStage: 'maturity', toStage: 'acceleration', on: '2026-03-03' },
      ],
      milestones: [
        { id: 10, name: '施工许可', project: p(1), ownerUnit: '住建局', latestFinish: '2026-03-23', isDone: false },
        { id: 11, name: '环评', project: p(1), ownerUnit: '生态环境局', latestFinish: '2026-03-24', isDone: false },
        { id: 12, name: '立项', project: p(1), ownerUnit: '发改局', latestFinish: '2026-03-10', isDone: true },
        { id: 13, name: '用地', project: p(3), ownerUnit: '自然资源局', latestFinish: '2026-03-06', isDone: false },
        { id: 14, name: '能评', project: p(3), ownerUnit: '发改局', latestFinish: TODAY, isDone: false },
      ],
    });
    expect(agenda.map((i) => [i.kind, i.projectId, i.milestoneId])).toEqual([
      ['stageMove', 2, null],
      ['milestoneDue', 3, 14],
      ['milestoneDue', 1, 10],
    ]);
    expect(agenda[0]!.reasons[0]).toEqual({
      key: 'agenda.stageMove',
      params: { fromStage: 'maturity', toStage: 'acceleration', on: '2026-03-03' },
    });
  });

  test('open action items come first, overdue ones before the others and red, titled with their text', () => {
    const agenda = proposeAgenda({
      ...base,
      projects: [{ ...p(1), light: 'red', lightSince: 'red' }],
      actionItems: [
        {
          id: 1,
          text: '协调用地',
          projectId: 1,
          ownerUnit: '自然资源局',
          dueDate: '2026-03-20',
          decidedOn: '2026-03-02',
        },
        {
          id: 2,
          text: '落实资金',
          projectId: null,
          ownerUnit: '财政局',
          dueDate: '2026-03-06',
          decidedOn: '2026-02-23',
        },
        {
          id: 3,
          text: '完成环评',
          projectId: 1,
          ownerUnit: '生态环境局',
          dueDate: '2026-03-12',
          decidedOn: '2026-03-02',
        },
      ],
    });
    expect(agenda.map((i) => [i.kind, i.actionItemId, i.title, i.isRed])).toEqual([
      ['actionItem', 2, '落实资金', true],
      ['actionItem', 3, '完成环评', false],
      ['actionItem', 1, '协调用地', false],
      ['redProject', null, 'ZQ-1 项目1', true],
    ]);
    expect(agenda[0]!.reasons[0]!.key).toBe('agenda.actionItemOverdue');
  });

  test('reasons read in either language', () => {
    const reason = {
      key: 'agenda.blockerEscalated' as const,
      params: { level: 'districtLeader', responsibleUnit: '财政局' },
    };
    expect(formatAgendaReason(reason, 'zh')).toBe('难题已升级至区领导协调，责任单位“财政局”。');
    expect(formatAgendaReason(reason, 'en')).toBe(
      'The blocker is escalated to the district leader; 财政局 must clear it.',
    );
  });
});
