// The ledger's words in both languages: the workbook's sheets and headers, the values it writes, and
// why an import refuses a file or a cell. The server writes them into the workbook and the answer's
// `message`; the import page shows the same keys in the reader's language.
import { errorMessages, type ErrorKey } from './error-messages.js';
import type { LedgerMilestoneColumn, LedgerProjectColumn } from './ledger.js';
import type { ProjectType } from './project-types.js';
import type { Stage } from './stages.js';

const zh = {
  projectSheet: '项目台账',
  milestoneSheet: '节点',
  projectColumns: {
    code: '项目代码',
    name: '项目名称',
    ownerUnit: '责任单位',
    stage: '阶段',
    projectType: '项目类型',
    totalInvestment: '总投资（万元）',
    plannedInvestment: '年度计划投资（万元）',
    completedThisYear: '本年完成投资（万元）',
    completedPercent: '年度计划完成率',
    elapsedPercent: '序时进度',
    targetDate: '目标日期',
    light: '亮灯',
    nextMilestone: '下一节点',
    nextMilestoneLatestFinish: '下一节点最迟完成',
    openBlockers: '未解决难题',
  } satisfies Record<LedgerProjectColumn, string>,
  milestoneColumns: {
    projectCode: '项目代码',
    name: '节点名称',
    stage: '阶段',
    ownerUnit: '责任单位',
    durationDays: '工期（工作日）',
    latestStart: '最迟开始',
    latestFinish: '最迟完成',
    projectedFinish: '预计完成',
    actualStart: '实际开始',
    actualFinish: '实际完成',
  } satisfies Record<LedgerMilestoneColumn, string>,
  stage: { maturity: '成熟度', acceleration: '加速度', contribution: '贡献度' },
  projectType: { industrial: '产业项目', infrastructure: '基础设施', publicService: '社会民生' },
  light: { red: '红', yellow: '黄', green: '绿' },
  reasons: {
    'ledger.tooLarge': '文件超过 {{maxMb}} MB，请拆分后分批导入。',
    'ledger.notWorkbook': '这不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后再导入。',
    'ledger.noSheet': '工作簿里没有工作表。',
    'ledger.missingColumns': '第一张工作表缺少这些列：{{columns}}。请按导出的台账或简易模板填写表头。',
    'ledger.duplicateColumn': '表头“{{column}}”出现了不止一次。',
    'ledger.tooManyRows': '一次最多导入 {{max}} 行，此文件有 {{count}} 行。',
    'ledger.contentType': '请以 .xlsx 文件的内容上传（Content-Type 为 Excel 或 application/octet-stream）。',
    'ledger.crossSite': '拒绝来自其他网站的导入请求。',
    'ledger.unknownUnit': '没有名为“{{value}}”的责任单位（可填单位名称或单位代码）。',
    'ledger.unknownStage': '“{{value}}”不是阶段，应为：成熟度、加速度、贡献度。',
    'ledger.unknownType': '“{{value}}”不是项目类型，应为：产业项目、基础设施、社会民生。',
    'ledger.notDate': '“{{value}}”不是日期，请填 Excel 日期或 YYYY-MM-DD。',
    'ledger.duplicateCode': '项目代码 {{value}} 在第 {{row}} 行已出现过。',
    'ledger.stageChange': '项目已在“{{fromStage}}”阶段；改阶段请在看板上移动卡片（要过阶段关口），不能通过导入。',
    'ledger.typeChange': '项目类型已是“{{fromType}}”（节点计划由它生成），导入不能改项目类型。',
    'ledger.archived': '项目 {{value}} 已归档，请先恢复再导入修改。',
    'ledger.summary': '新建 {{created}} 个，修改 {{changed}} 个，无变化 {{unchanged}} 个，拒绝 {{refused}} 个。',
    'ledger.applied': '已导入：新建 {{created}} 个，修改 {{changed}} 个。',
    'ledger.notApplied': '有 {{refused}} 行被拒绝，什么也没有写入。',
  },
};

type Words = typeof zh;

const en: Words = {
  projectSheet: 'Project ledger',
  milestoneSheet: 'Milestones',
  projectColumns: {
    code: 'Project code',
    name: 'Project name',
    ownerUnit: 'Owner unit',
    stage: 'Stage',
    projectType: 'Project type',
    totalInvestment: 'Total investment (10k CNY)',
    plannedInvestment: 'Planned investment this year (10k CNY)',
    completedThisYear: 'Completed this year (10k CNY)',
    completedPercent: "Share of the year's plan completed",
    elapsedPercent: 'Time elapsed (序时进度)',
    targetDate: 'Target date',
    light: 'Light',
    nextMilestone: 'Next milestone',
    nextMilestoneLatestFinish: 'Next milestone latest finish',
    openBlockers: 'Open blockers',
  },
  milestoneColumns: {
    projectCode: 'Project code',
    name: 'Milestone',
    stage: 'Stage',
    ownerUnit: 'Owner unit',
    durationDays: 'Duration (working days)',
    latestStart: 'Latest start',
    latestFinish: 'Latest finish',
    projectedFinish: 'Projected finish',
    actualStart: 'Actual start',
    actualFinish: 'Actual finish',
  },
  stage: { maturity: 'Maturity', acceleration: 'Acceleration', contribution: 'Contribution' },
  projectType: { industrial: 'Industrial', infrastructure: 'Infrastructure', publicService: 'Public service' },
  light: { red: 'Red', yellow: 'Yellow', green: 'Green' },
  reasons: {
    'ledger.tooLarge': 'The file is larger than {{maxMb}} MB; split it and import the parts one by one.',
    'ledger.notWorkbook': 'This is not an Excel workbook (.xlsx); save it as .xlsx and import it again.',
    'ledger.noSheet': 'The workbook has no worksheet.',
    'ledger.missingColumns':
      'The first worksheet lacks these columns: {{columns}}. Head it as the exported ledger or the simple layout.',
    'ledger.duplicateColumn': 'The heading “{{column}}” appears more than once.',
    'ledger.tooManyRows': 'At most {{max}} rows can be imported at once; this file has {{count}}.',
    'ledger.contentType': 'Upload the .xlsx file’s bytes (Content-Type: the Excel type or application/octet-stream).',
    'ledger.crossSite': 'An import from another site is refused.',
    'ledger.unknownUnit': 'There is no owner unit called “{{value}}” (write the unit’s name or code).',
    'ledger.unknownStage': '“{{value}}” is not a stage; write Maturity, Acceleration or Contribution.',
    'ledger.unknownType': '“{{value}}” is not a project type; write Industrial, Infrastructure or Public service.',
    'ledger.notDate': '“{{value}}” is not a date; use an Excel date or YYYY-MM-DD.',
    'ledger.duplicateCode': 'Project code {{value}} already appears in row {{row}}.',
    'ledger.stageChange':
      'The project is in the {{fromStage}} stage; move its card on the board to change stage (the stage gate applies), not by import.',
    'ledger.typeChange':
      'The project is of type {{fromType}} (its milestone plan came from it); an import cannot change the type.',
    'ledger.archived': 'Project {{value}} is archived; restore it before importing changes to it.',
    'ledger.summary': '{{created}} to create, {{changed}} to change, {{unchanged}} unchanged, {{refused}} refused.',
    'ledger.applied': 'Imported: {{created}} created, {{changed}} changed.',
    'ledger.notApplied': '{{refused}} rows were refused, so nothing was written.',
  },
};

export const ledgerWords = { zh, en };
export type LedgerLanguage = keyof typeof ledgerWords;
export type LedgerReasonKey = keyof Words['reasons'];

/** A reason is a ledger key or one of the API's own error keys (the project fields' zod messages). */
export type LedgerMessageKey = LedgerReasonKey | ErrorKey;
export type LedgerParams = Record<string, string | number>;

function isLedgerKey(key: string): key is LedgerReasonKey {
  return key in zh.reasons;
}

export function formatLedgerMessage(key: LedgerMessageKey, params: LedgerParams, lang: LedgerLanguage): string {
  const words = ledgerWords[lang];
  const text = isLedgerKey(key) ? words.reasons[key] : errorMessages[lang][key];
  // A stage or type travels as its key and is read in the reader's language.
  const word = (name: string, value: string | number | undefined) => {
    if (name === 'fromStage') return words.stage[value as Stage] ?? value;
    if (name === 'fromType') return words.projectType[value as ProjectType] ?? value;
    return value;
  };
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(word(name, params[name]) ?? ''));
}
