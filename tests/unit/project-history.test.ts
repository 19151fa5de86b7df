import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { adminMessages } from '../../client/features/admin/messages.js';
import { projectMessages } from '../../client/features/project/messages.js';
import { blockerTitles, entryNote, summarizeProjectEntry } from '../../client/features/project/history-summary.js';
import { en } from '../../client/lib/locales/en.js';
import { zh } from '../../client/lib/locales/zh.js';

type Entry = Parameters<typeof summarizeProjectEntry>[0];

const entries: Entry[] = [
  {
    action: 'blocker.raise',
    entityType: 'project',
    before: null,
    after: {
      blockerId: 7,
      status: 'open',
      level: 'department',
      targetDate: '2026-04-15',
      category: 'land',
      description: '用地指标未落实',
      responsibleUnit: '区自然资源局',
    },
    reason: '',
  },
  {
    action: 'blocker.escalate',
    entityType: 'project',
    before: { blockerId: 7, status: 'open', level: 'department', targetDate: '2026-04-15' },
    after: { blockerId: 7, status: 'escalated', level: 'districtLeader', targetDate: '2026-05-01' },
    reason: '需区领导协调用地指标',
  },
  {
    action: 'blocker.clear',
    entityType: 'project',
    before: { blockerId: 7, status: 'escalated', level: 'districtLeader', targetDate: '2026-05-01' },
    after: { blockerId: 7, status: 'cleared', level: 'districtLeader', targetDate: '2026-05-01' },
    reason: '指标已调剂到位',
  },
  {
    action: 'blocker.withdraw',
    entityType: 'project',
    before: { blockerId: 7, status: 'open' },
    after: { blockerId: 7, status: 'withdrawn' },
    reason: '重复提出',
  },
  {
    action: 'blocker.reopen',
    entityType: 'project',
    before: { blockerId: 7, status: 'cleared', level: 'districtLeader', targetDate: '2026-05-01' },
    after: { blockerId: 7, status: 'open', level: 'districtLeader', targetDate: '2026-06-01' },
    reason: '问题再次出现',
  },
  {
    action: 'archive',
    entityType: 'project',
    before: { isArchived: false, stage: 'acceleration' },
    after: { isArchived: true, stage: 'acceleration' },
    reason: '项目终止',
  },
  {
    action: 'restore',
    entityType: 'project',
    before: { isArchived: true, stage: 'acceleration' },
    after: { isArchived: false, stage: 'acceleration' },
    reason: '',
  },
  {
    action: 'move',
    entityType: 'project',
    before: { stage: 'maturity', rank: 'a0' },
    after: { stage: 'acceleration', rank: 'a1' },
    reason: '施工许可已办妥，越过闸门',
  },
  {
    action: 'update',
    entityType: 'project',
    before: { name: '旧名称', plannedInvestment: '3000.00' },
    after: { name: '新名称', plannedInvestment: '2345.60' },
    reason: '',
  },
  {
    action: 'updateMilestone',
    entityType: 'project',
    before: { milestone: '可研批复', durationDays: 20, dependsOn: [] },
    after: { milestone: '可研批复', durationDays: 7, dependsOn: [2] },
    reason: '',
  },
];

const translators: Record<'zh' | 'en', TFunction> = {} as Record<'zh' | 'en', TFunction>;
beforeAll(async () => {
  for (const language of ['zh', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      resources: {
        [language]: {
          translation: {
            ...(language === 'zh' ? zh : en),
            admin: adminMessages[language],
            project: projectMessages[language],
          },
        },
      },
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

const names = { milestones: { '2': '用地预审' } };

function read(language: 'zh' | 'en') {
  const t = translators[language];
  const titles = blockerTitles(entries, language);
  return entries.map((entry) => {
    const summary = summarizeProjectEntry(entry, t, names, language, titles);
    const changes = summary.changes.map((c) => `${c.label}: ${c.from ?? ''} → ${c.to}`).join('; ');
    return [summary.headline ?? '', changes, entryNote(entry, t) ?? ''].join(' | ');
  });
}

describe("a project's history", () => {
  test.each(['zh', 'en'] as const)('reads as sentences in %s, with no raw keys or ids', (language) => {
    for (const line of read(language)) {
      expect(line).not.toMatch(/historyEntry|admin\.|project\.|blockerId|#7|undefined|\{\{/);
      expect(line.split(' | ')[0]).not.toBe('');
    }
  });

  test('names each step of a blocker by the blocker, and each note for what it is (Chinese)', () => {
    const [raise, escalate, clear, withdraw, reopen, archive, restore, move, update, milestone] = read('zh');
    expect(raise).toContain('提出难题“用地：用地指标未落实”：责任单位 区自然资源局，部门协调，限期 2026-04-15');
    expect(escalate).toContain('难题“用地：用地指标未落实”升级：部门 → 区领导协调；限期改为 2026-05-01');
    expect(escalate).toContain('升级说明：需区领导协调用地指标');
    expect(clear).toContain('难题“用地：用地指标未落实”已办结 |  | 解决情况：指标已调剂到位');
    expect(withdraw).toContain('撤销原因：重复提出');
    expect(reopen).toContain('重新打开（区领导协调）；限期改为 2026-06-01');
    expect(archive).toContain('归档了项目（从“加速度”列移除） |  | 归档原因：项目终止');
    expect(restore).toContain('恢复了项目，回到“加速度”列末尾');
    expect(move).toContain('从“成熟度”移到“加速度” |  | 原因：施工许可已办妥，越过闸门');
    expect(update).toContain('修改了项目信息');
    expect(update).toContain('2,345.60 万元');
    expect(milestone).toContain('修改了节点“可研批复”');
    expect(milestone).toContain('用地预审');
  });

  test('reads in English too', () => {
    const [raise, escalate, clear, , , archive, restore, move] = read('en');
    expect(raise).toContain('Raised blocker "Land: 用地指标未落实"');
    expect(escalate).toContain('level; now due by 2026-05-01');
    expect(escalate).toContain('Department → District leader level');
    expect(escalate).toContain('Escalation note: 需区领导协调用地指标');
    expect(clear).toContain('Resolution: 指标已调剂到位');
    expect(archive).toContain(
      'Archived the project (taken off the "Acceleration" column) |  | Reason for archiving: 项目终止',
    );
    expect(restore).toContain('Restored the project to the end of the "Acceleration" column');
    expect(move).toContain('Reason: 施工许可已办妥，越过闸门');
  });
});
