import { describe, expect, test } from 'vitest';
import {
  actionLabel,
  actorLabel,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  entityName,
  entityTypeLabel,
  reasonText,
  summarizeAudit,
  summaryText,
  type AuditEntryLike,
  type AuditNames,
} from '../../server/domain/audit-labels.js';
import { bureauDateTime } from '../../server/domain/bureau-time.js';
import { RAW_AUDIT_WORDS } from '../factories/raw-audit-words.js';

const names: AuditNames = {
  actors: { 'demo-admin': '演示管理员' },
  users: { '3': '张伟' },
  units: { '2': '区发改局', '5': '区自然资源局' },
  projects: { '41': 'XM-041 已归档的污水处理厂' },
  milestones: { '9': '用地预审' },
  meetings: { '4': '2026-12-01 第48次周调度会' },
  actionItems: { '11': '协调供电线路迁改' },
  blockers: { '7': { project: 'XM-007 新能源产业园', category: 'demolition', description: '三户未签约' } },
};

type Entry = AuditEntryLike & { reason?: string };

/** One entry of each kind the services write, as they write it. */
const entries: Entry[] = [
  {
    action: 'raise',
    entityType: 'blocker',
    entityId: '7',
    before: null,
    after: {
      status: 'open',
      level: 'department',
      targetDate: '2026-12-20',
      category: 'demolition',
      description: '三户未签约',
      responsibleUnit: '区自然资源局',
    },
  },
  {
    action: 'escalate',
    entityType: 'blocker',
    entityId: '7',
    before: { status: 'open', level: 'department', targetDate: '2026-12-20' },
    after: { status: 'escalated', level: 'districtLeader', targetDate: '2026-12-20' },
  },
  {
    action: 'blocker.escalate',
    entityType: 'project',
    entityId: '7',
    before: { blockerId: 7, status: 'open', level: 'department', targetDate: '2026-12-20' },
    after: { blockerId: 7, status: 'escalated', level: 'districtLeader', targetDate: '2026-12-20' },
  },
  {
    action: 'move',
    entityType: 'project',
    entityId: '41',
    before: { stage: 'maturity', rank: 'a0' },
    after: { stage: 'acceleration', rank: 'a1V' },
  },
  {
    action: 'archive',
    entityType: 'project',
    entityId: '41',
    before: { isArchived: false, stage: 'acceleration' },
    after: { isArchived: true, stage: 'acceleration' },
  },
  {
    action: 'update',
    entityType: 'project',
    entityId: '41',
    before: { ownerUnitId: 2, totalInvestment: '12000.00', targetMilestoneId: 9 },
    after: { ownerUnitId: 5, totalInvestment: '13000.00', targetMilestoneId: 9 },
  },
  {
    action: 'update',
    entityType: 'project',
    entityId: '41',
    before: { targetDate: '2027-03-01' },
    after: { targetDate: '2027-06-30', meetingId: 4, actionItemId: 11 },
  },
  {
    action: 'create',
    entityType: 'meeting',
    entityId: '4',
    before: null,
    after: { heldOn: '2026-12-01', title: '第48次周调度会', since: '2026-11-24', units: ['区发改局'], agendaItems: 6 },
  },
  {
    action: 'agenda.drop',
    entityType: 'meeting',
    entityId: '4',
    before: { itemId: 30, kind: 'redProject', title: 'XM-041', projectId: 41, actionItemId: null },
    after: null,
  },
  {
    action: 'agenda.reorder',
    entityType: 'meeting',
    entityId: '4',
    before: { order: [3, 1] },
    after: { order: [1, 3] },
  },
  {
    action: 'start',
    entityType: 'meeting',
    entityId: '4',
    before: { status: 'draft' },
    after: { status: 'running', agenda: [{ id: 1, kind: 'text', title: 'x' }] },
  },
  {
    action: 'decide',
    entityType: 'meeting',
    entityId: '4',
    before: null,
    after: {
      actionItemId: 11,
      meetingId: 4,
      text: '协调供电线路迁改',
      ownerUnit: '区发改局',
      dueDate: '2026-12-10',
      projectId: 41,
    },
  },
  {
    action: 'close',
    entityType: 'actionItem',
    entityId: '11',
    before: { status: 'open' },
    after: { status: 'closed', closedOn: '2026-12-03' },
  },
  {
    action: 'reopen',
    entityType: 'actionItem',
    entityId: '11',
    before: { status: 'closed' },
    after: { status: 'open' },
  },
  {
    action: 'roleChange',
    entityType: 'user',
    entityId: '3',
    before: { role: 'editor', unitIds: [2] },
    after: { role: 'admin', unitIds: [2, 5] },
  },
  { action: 'update', entityType: 'unit', entityId: '2', before: { kind: 'department' }, after: { kind: 'town' } },
  { action: 'set', entityType: 'stageLimit', entityId: 'acceleration', before: null, after: { maxProjects: 12 } },
  {
    action: 'set',
    entityType: 'calendarDay',
    entityId: '2026-10-08',
    before: null,
    after: { date: '2026-10-08', kind: 'holiday', note: '国庆' },
  },
  {
    action: 'signInRefused',
    entityType: 'user',
    entityId: '3',
    before: null,
    after: { address: '10.0.0.8' },
    reason: 'disabled',
  },
];

// What must never reach a reader of the Chinese log: stored keys and enum values.
const RAW = [...RAW_AUDIT_WORDS, 'redProject', 'closed', 'maxProjects', 'holiday', 'editor', 'admin', 'disabled'];

function read(entry: Entry, language: string): string {
  return [
    actionLabel(entry.action, entry.entityType, language),
    entityTypeLabel(entry.entityType, language),
    entityName(entry, names, language),
    summaryText(summarizeAudit(entry, names, language), language),
    reasonText({ action: entry.action, reason: entry.reason ?? '' }, language),
  ].join(' | ');
}

describe('the audit log in the reader’s language', () => {
  test.each(entries.map((e) => [`${e.entityType} ${e.action}`, e] as const))(
    'a %s entry in Chinese shows no stored key or value',
    (_, entry) => {
      const text = read(entry, 'zh');
      for (const raw of RAW) expect(text).not.toContain(raw);
    },
  );

  test('only real changes show: an unchanged field is not listed', () => {
    const escalate = summarizeAudit(entries[1]!, names, 'zh');
    expect(escalate.changes.map((c) => c.label)).toEqual(['状态', '协调层级']);
    expect(summaryText(escalate, 'zh')).toBe('状态：待解决 → 已升级；协调层级：部门 → 区领导');
    const update = summarizeAudit(entries[5]!, names, 'zh');
    expect(summaryText(update, 'zh')).toBe(
      '修改了项目信息；责任单位：区发改局 → 区自然资源局；总投资：12,000 万元 → 13,000 万元',
    );
  });

  test('a blocker’s description is the blocker’s, not the project’s; its category is a word', () => {
    const raise = summaryText(summarizeAudit(entries[0]!, names, 'zh'), 'zh');
    expect(raise).toContain('难题描述：三户未签约');
    expect(raise).toContain('难题类别：征拆');
    expect(raise).not.toContain('项目简介');
    expect(summaryText(summarizeAudit(entries[0]!, names, 'en'), 'en')).toContain('Category: Demolition');
  });

  test('names rather than ids: an archived project, a meeting, an action item, an actor', () => {
    expect(entityName(entries[4]!, names, 'zh')).toBe('XM-041 已归档的污水处理厂');
    expect(entityName({ entityType: 'project', entityId: '99' }, names, 'zh')).toBe('#99');
    expect(summaryText(summarizeAudit(entries[6]!, names, 'zh'), 'zh')).toBe(
      '修改了项目信息；目标日期：2027-03-01 → 2027-06-30；调度会：2026-12-01 第48次周调度会；议定事项：协调供电线路迁改',
    );
    expect(entityName(entries[1]!, names, 'zh')).toBe('XM-007 新能源产业园 · 征拆：三户未签约');
    expect(actorLabel('demo-admin', names, 'zh')).toBe('演示管理员');
    expect(actorLabel('system', names, 'en')).toBe('System');
  });

  test('every action and kind of thing has a word in both languages, and each action is offered once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(AUDIT_ACTIONS.some((a) => a.startsWith('blocker.'))).toBe(false);
    for (const language of ['zh', 'en']) {
      for (const action of AUDIT_ACTIONS) expect(actionLabel(action, '', language)).not.toBe(action);
      for (const type of AUDIT_ENTITY_TYPES) expect(entityTypeLabel(type, language)).not.toBe(type);
    }
    // A blocker's step on its project's log reads as the same step.
    expect(actionLabel('blocker.escalate', 'project', 'zh')).toBe(actionLabel('escalate', 'blocker', 'zh'));
    expect(actionLabel('reopen', 'actionItem', 'zh')).toBe('重新打开议定事项');
  });

  test('reads in English too, with the same rules', () => {
    expect(summaryText(summarizeAudit(entries[3]!, names, 'en'), 'en')).toBe('Moved from "Maturity" to "Acceleration"');
    expect(summaryText(summarizeAudit(entries[14]!, names, 'en'), 'en')).toBe(
      'Role: Liaison → Administrator; Units: 区发改局 → 区发改局, 区自然资源局',
    );
    expect(reasonText({ action: 'signInRefused', reason: 'disabled' }, 'en')).toBe('The account is disabled');
  });
});

describe('times in the bureau’s time zone', () => {
  test('a moment reads as Beijing wall-clock time, whatever the machine’s zone', () => {
    expect(bureauDateTime(new Date('2026-12-03T06:05:09Z'))).toBe('2026-12-03 14:05:09');
    expect(bureauDateTime(new Date('2026-12-31T16:30:00Z'), { seconds: false })).toBe('2027-01-01 00:30');
  });
});
