// The words of the audit log in both languages: actions, kinds of things, fields and their values, the
// download's column headings. The screen and the CSV/Excel downloads read them through audit-labels.ts,
// so an entry reads the same wherever it is shown.
import type { Stage } from './stages.js';
import type { ProjectType } from './project-types.js';

export type AuditLanguage = 'zh' | 'en';

/** Every kind of thing the services write to the log, in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  'project',
  'blocker',
  'meeting',
  'actionItem',
  'user',
  'unit',
  'template',
  'calendarDay',
  'holidayNotice',
  'stageLimit',
  'investmentMonth',
  'investmentSettings',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/**
 * Every action, once. A blocker's step is also written to its project's log as `blocker.<step>`;
 * the filter offers the step once and the query finds both (see services/audit/audit-query.ts).
 */
export const AUDIT_ACTIONS = [
  'signIn',
  'signInFailed',
  'signInRefused',
  'signOut',
  'changePassword',
  'create',
  'update',
  'move',
  'updateMilestone',
  'archive',
  'restore',
  'raise',
  'escalate',
  'clear',
  'withdraw',
  'reopen',
  'decide',
  'start',
  'finish',
  'agenda.add',
  'agenda.drop',
  'agenda.reorder',
  'progress',
  'close',
  'roleChange',
  'resetPassword',
  'revokeSessions',
  'set',
  'remove',
  'reportInvestment',
  'correctInvestment',
  'lock',
  'unlock',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_COLUMNS = ['at', 'actor', 'action', 'entity', 'changes', 'reason'] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

export interface AuditWords {
  actions: Record<AuditAction, string>;
  /** Where the kind of thing changes what the action is called ("提出难题" rather than "提出"). */
  actionsOf: Partial<Record<AuditEntityType, Partial<Record<AuditAction, string>>>>;
  entities: Record<AuditEntityType, string>;
  fields: Record<string, string>;
  /** Where the same field means something else for a kind of thing (a blocker's description). */
  fieldsOf: Partial<Record<AuditEntityType, Record<string, string>>>;
  stage: Record<Stage, string>;
  projectType: Record<ProjectType, string>;
  role: Record<'admin' | 'editor' | 'viewer', string>;
  kind: Record<string, string>;
  status: Partial<Record<AuditEntityType, Record<string, string>>>;
  empty: string;
  yes: string;
  no: string;
  system: string;
  listSeparator: string;
  labelSeparator: string;
  changeSeparator: string;
  amount: string;
  /** A month of investment reporting, from its 'YYYY-MM' key. */
  period: string;
  investmentSettings: string;
  count: { milestones: string; agenda: string; sessions: string };
  /** A holiday of an entered official arrangement, and its make-up working days. */
  holiday: { block: string; makeUp: string };
  headline: {
    created: string;
    updated: string;
    moved: string;
    reordered: string;
    milestoneDone: string;
    milestoneUndone: string;
    milestoneChanged: string;
    archived: string;
    restored: string;
    agendaReordered: string;
  };
  columns: Record<AuditColumn, string>;
  /** Reasons the server writes as a word of its own rather than a person's text. */
  reasons: Record<string, string>;
  sheet: string;
  /** Said wherever times are shown: they are the bureau's. */
  timeZone: string;
}

/** The reason on every change a ledger import writes (shown as "台账导入" / "Ledger import"). */
export const LEDGER_IMPORT_REASON = 'ledgerImport';

const zh: AuditWords = {
  actions: {
    signIn: '登录',
    signInFailed: '登录失败',
    signInRefused: '登录被拒（账户锁定或停用）',
    signOut: '退出登录',
    changePassword: '修改密码',
    create: '新建',
    update: '修改',
    move: '移动',
    updateMilestone: '更新节点',
    archive: '归档',
    restore: '恢复',
    raise: '提出难题',
    escalate: '升级难题',
    clear: '办结难题',
    withdraw: '撤回难题',
    reopen: '重新打开',
    decide: '形成议定事项',
    start: '开始会议',
    finish: '结束会议',
    'agenda.add': '添加议题',
    'agenda.drop': '移除议题',
    'agenda.reorder': '调整议题顺序',
    progress: '报告进展',
    close: '办结',
    roleChange: '变更角色',
    resetPassword: '重置密码',
    revokeSessions: '强制下线',
    set: '设置',
    remove: '删除',
    reportInvestment: '填报月度投资',
    correctInvestment: '更正月度投资',
    lock: '锁定月度投资填报',
    unlock: '解锁月度投资填报',
  },
  actionsOf: {
    blocker: { reopen: '重新打开难题' },
    actionItem: { create: '新建议定事项', close: '办结议定事项', reopen: '重新打开议定事项' },
    meeting: { create: '新建会议' },
  },
  entities: {
    project: '项目',
    blocker: '难题堵点',
    meeting: '调度会',
    actionItem: '议定事项',
    user: '用户',
    unit: '责任单位',
    template: '节点模板',
    calendarDay: '工作日历',
    holidayNotice: '法定节假日安排',
    stageLimit: '阶段上限',
    investmentMonth: '月度投资填报',
    investmentSettings: '投资进度设置',
  },
  fields: {
    code: '代码',
    name: '名称',
    projectType: '项目类型',
    stage: '所处阶段',
    ownerUnitId: '责任单位',
    totalInvestment: '总投资',
    plannedInvestment: '年度计划投资',
    targetDate: '目标日期',
    targetMilestoneId: '目标节点',
    description: '项目简介',
    durationDays: '工期（工作日）',
    dependsOn: '前置节点',
    actualStart: '实际开始',
    actualFinish: '实际完成',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    unitIds: '负责单位',
    isDisabled: '已停用',
    kind: '类别',
    date: '日期',
    note: '说明',
    sessions: '结束的会话数',
    milestones: '节点',
    targetSeq: '目标节点序号',
    address: '网络地址',
    maxProjects: '项目上限',
    status: '状态',
    level: '协调层级',
    category: '难题类别',
    responsibleUnit: '责任单位',
    heldOn: '开会日期',
    title: '标题',
    since: '议题起算日期',
    units: '参会单位',
    agendaItems: '议题数',
    agenda: '议程',
    text: '事项内容',
    ownerUnit: '责任单位',
    dueDate: '完成时限',
    projectId: '项目',
    meetingId: '调度会',
    actionItemId: '议定事项',
    blockerId: '难题堵点',
    newTargetDate: '新的目标日期',
    closedOn: '办结日期',
    number: '文号',
    published: '发布日期',
    blocks: '放假安排',
    month: '月份',
    investmentAmount: '当月完成投资',
    investmentComment: '填报说明',
    isLocked: '已锁定',
    yellowBehindPoints: '黄灯：落后序时进度（百分点）',
    redBehindPoints: '红灯：落后序时进度超过（百分点）',
    reportDueDay: '填报截止日（次月几日）',
    reminderWorkingDays: '截止前提醒（工作日）',
  },
  fieldsOf: {
    blocker: { description: '难题描述', targetDate: '限期解决日期' },
    meeting: { kind: '议题类别', title: '议题' },
  },
  stage: { maturity: '成熟度', acceleration: '加速度', contribution: '贡献度' },
  projectType: { industrial: '产业项目', infrastructure: '基础设施', publicService: '社会民生' },
  role: { admin: '管理员', editor: '联络员', viewer: '只读' },
  kind: {
    department: '部门',
    town: '镇街',
    holiday: '放假',
    workday: '上班',
    actionItem: '议定事项跟进',
    redProject: '红灯项目',
    overdueBlocker: '超期难题',
    escalatedBlocker: '升级难题',
    newBlocker: '新增难题',
    stageMove: '阶段变更',
    milestoneDue: '节点临期',
    project: '项目',
    text: '其他议题',
  },
  status: {
    blocker: { open: '待解决', escalated: '已升级', cleared: '已办结', withdrawn: '已撤销' },
    meeting: { draft: '筹备中', running: '进行中', finished: '已结束' },
    actionItem: { open: '未办结', closed: '已办结' },
  },
  empty: '（空）',
  yes: '是',
  no: '否',
  system: '系统',
  listSeparator: '、',
  labelSeparator: '：',
  changeSeparator: '；',
  amount: '{{amount}} 万元',
  period: '{{year}} 年 {{month}} 月',
  investmentSettings: '投资进度设置',
  count: { milestones: '{{count}} 个节点', agenda: '{{count}} 个议题', sessions: '{{count}} 个' },
  holiday: { block: '{{name}} {{from}} 至 {{to}}', makeUp: '（补班 {{dates}}）' },
  headline: {
    created: '创建了项目',
    updated: '修改了项目信息',
    moved: '从“{{from}}”移到“{{to}}”',
    reordered: '调整了在“{{stage}}”列中的位置',
    milestoneDone: '节点“{{name}}”标记为已完成（实际完成 {{date}}）',
    milestoneUndone: '节点“{{name}}”取消了完成标记',
    milestoneChanged: '修改了节点“{{name}}”',
    archived: '归档了项目（归档时处于“{{stage}}”）',
    restored: '恢复了项目，回到“{{stage}}”',
    agendaReordered: '调整了议题顺序',
  },
  columns: {
    at: '时间（北京时间 UTC+08:00）',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    changes: '变更内容',
    reason: '原因',
  },
  reasons: { disabled: '账户已停用', [LEDGER_IMPORT_REASON]: '台账导入' },
  sheet: '操作日志',
  timeZone: '北京时间',
};

const en: AuditWords = {
  actions: {
    signIn: 'Signed in',
    signInFailed: 'Failed sign-in',
    signInRefused: 'Sign-in refused (locked or disabled)',
    signOut: 'Signed out',
    changePassword: 'Changed password',
    create: 'Created',
    update: 'Updated',
    move: 'Moved',
    updateMilestone: 'Updated milestone',
    archive: 'Archived',
    restore: 'Restored',
    raise: 'Raised a blocker',
    escalate: 'Escalated a blocker',
    clear: 'Cleared a blocker',
    withdraw: 'Withdrew a blocker',
    reopen: 'Reopened',
    decide: 'Recorded a decision',
    start: 'Started the meeting',
    finish: 'Finished the meeting',
    'agenda.add': 'Added an agenda item',
    'agenda.drop': 'Dropped an agenda item',
    'agenda.reorder': 'Reordered the agenda',
    progress: 'Reported progress',
    close: 'Closed',
    roleChange: 'Changed role',
    resetPassword: 'Reset password',
    revokeSessions: 'Ended sessions',
    set: 'Set',
    remove: 'Removed',
    reportInvestment: 'Reported monthly investment',
    correctInvestment: 'Corrected monthly investment',
    lock: 'Locked monthly investment reports',
    unlock: 'Unlocked monthly investment reports',
  },
  actionsOf: {
    blocker: { reopen: 'Reopened a blocker' },
    actionItem: { create: 'Created an action item', close: 'Closed an action item', reopen: 'Reopened an action item' },
    meeting: { create: 'Created a meeting' },
  },
  entities: {
    project: 'Project',
    blocker: 'Blocker',
    meeting: 'Meeting',
    actionItem: 'Action item',
    user: 'User',
    unit: 'Owner unit',
    template: 'Milestone template',
    calendarDay: 'Calendar',
    holidayNotice: 'Official holiday arrangement',
    stageLimit: 'Stage limit',
    investmentMonth: 'Monthly investment reports',
    investmentSettings: 'Investment progress settings',
  },
  fields: {
    code: 'Code',
    name: 'Name',
    projectType: 'Project type',
    stage: 'Stage',
    ownerUnitId: 'Owner unit',
    totalInvestment: 'Total investment',
    plannedInvestment: 'Planned investment this year',
    targetDate: 'Target date',
    targetMilestoneId: 'Target milestone',
    description: 'Description',
    durationDays: 'Duration (working days)',
    dependsOn: 'Predecessors',
    actualStart: 'Actual start',
    actualFinish: 'Actual finish',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    unitIds: 'Units',
    isDisabled: 'Disabled',
    kind: 'Kind',
    date: 'Date',
    note: 'Note',
    sessions: 'Sessions ended',
    milestones: 'Milestones',
    targetSeq: 'Target milestone number',
    address: 'Network address',
    maxProjects: 'Project limit',
    status: 'Status',
    level: 'Level',
    category: 'Category',
    responsibleUnit: 'Responsible unit',
    heldOn: 'Held on',
    title: 'Title',
    since: 'Agenda covers since',
    units: 'Units attending',
    agendaItems: 'Agenda items',
    agenda: 'Agenda',
    text: 'Decision',
    ownerUnit: 'Owner unit',
    dueDate: 'Due',
    projectId: 'Project',
    meetingId: 'Meeting',
    actionItemId: 'Action item',
    blockerId: 'Blocker',
    newTargetDate: 'New target date',
    closedOn: 'Closed on',
    number: 'Document number',
    published: 'Published',
    blocks: 'Holidays',
    month: 'Month',
    investmentAmount: 'Investment completed in the month',
    investmentComment: 'Report comment',
    isLocked: 'Locked',
    yellowBehindPoints: 'Yellow: points behind time-elapsed progress',
    redBehindPoints: 'Red: more points behind than',
    reportDueDay: 'Report due on day (of the next month)',
    reminderWorkingDays: 'Reminder before the due date (working days)',
  },
  fieldsOf: {
    blocker: { description: 'Blocker description', targetDate: 'Clear by' },
    meeting: { kind: 'Item kind', title: 'Agenda item' },
  },
  stage: { maturity: 'Maturity', acceleration: 'Acceleration', contribution: 'Contribution' },
  projectType: { industrial: 'Industrial', infrastructure: 'Infrastructure', publicService: 'Public service' },
  role: { admin: 'Administrator', editor: 'Liaison', viewer: 'Read-only' },
  kind: {
    department: 'Department',
    town: 'Town',
    holiday: 'day off',
    workday: 'working day',
    actionItem: 'Action item follow-up',
    redProject: 'Red project',
    overdueBlocker: 'Overdue blocker',
    escalatedBlocker: 'Escalated blocker',
    newBlocker: 'New blocker',
    stageMove: 'Stage move',
    milestoneDue: 'Milestone due',
    project: 'Project',
    text: 'Other item',
  },
  status: {
    blocker: { open: 'Open', escalated: 'Escalated', cleared: 'Cleared', withdrawn: 'Withdrawn' },
    meeting: { draft: 'In preparation', running: 'Running', finished: 'Finished' },
    actionItem: { open: 'Open', closed: 'Closed' },
  },
  empty: '(empty)',
  yes: 'yes',
  no: 'no',
  system: 'System',
  listSeparator: ', ',
  labelSeparator: ': ',
  changeSeparator: '; ',
  amount: '{{amount}} (10k CNY)',
  period: '{{month}}/{{year}}',
  investmentSettings: 'Investment progress settings',
  count: { milestones: '{{count}} milestones', agenda: '{{count}} items', sessions: '{{count}}' },
  holiday: { block: '{{name}} {{from}} to {{to}}', makeUp: ' (make-up working days {{dates}})' },
  headline: {
    created: 'Created the project',
    updated: 'Changed the project',
    moved: 'Moved from "{{from}}" to "{{to}}"',
    reordered: 'Moved within "{{stage}}"',
    milestoneDone: 'Milestone "{{name}}" marked done (actual finish {{date}})',
    milestoneUndone: 'Milestone "{{name}}" no longer done',
    milestoneChanged: 'Changed milestone "{{name}}"',
    archived: 'Archived the project (it was in "{{stage}}")',
    restored: 'Restored the project to "{{stage}}"',
    agendaReordered: 'Reordered the agenda',
  },
  columns: {
    at: 'Time (Beijing, UTC+08:00)',
    actor: 'Actor',
    action: 'Action',
    entity: 'Entity',
    changes: 'What changed',
    reason: 'Reason',
  },
  reasons: { disabled: 'The account is disabled', [LEDGER_IMPORT_REASON]: 'Ledger import' },
  sheet: 'Audit log',
  timeZone: 'Beijing time',
};

export const auditWords: Record<AuditLanguage, AuditWords> = { zh, en };

/** Anything but English reads Chinese, the default. */
export function auditLanguage(language: string): AuditLanguage {
  return language === 'en' ? 'en' : 'zh';
}
