// The ledger (台账) workbook: its columns, and the rules that read one row of an imported sheet into a
// project's fields. Two layouts are read alike, by their headings: the exported ledger (its computed
// columns are ignored) and the simple one a bureau fills in by hand (README "Ledger import"). Headings
// match in either language, without the bracketed unit: "总投资（万元）", "总投资" and "Total investment"
// are one column. Field checks are the API's own zod schemas, so a cell is refused for what the
// project form would refuse it for.
import { toIsoDate } from './dates.js';
import { ledgerWords, type LedgerMessageKey, type LedgerParams } from './ledger-words.js';
import { ZIsoDate, ZProjectCreate } from './project-input.js';
import { PROJECT_TYPES, type ProjectType } from './project-types.js';
import { STAGES, type Stage } from './stages.js';

export const LEDGER_PROJECT_COLUMNS = [
  'code',
  'name',
  'ownerUnit',
  'stage',
  'projectType',
  'totalInvestment',
  'plannedInvestment',
  'completedThisYear',
  'completedPercent',
  'elapsedPercent',
  'targetDate',
  'light',
  'nextMilestone',
  'nextMilestoneLatestFinish',
  'openBlockers',
] as const;
export type LedgerProjectColumn = (typeof LEDGER_PROJECT_COLUMNS)[number];

export const LEDGER_MILESTONE_COLUMNS = [
  'projectCode',
  'name',
  'stage',
  'ownerUnit',
  'durationDays',
  'latestStart',
  'latestFinish',
  'projectedFinish',
  'actualStart',
  'actualFinish',
] as const;
export type LedgerMilestoneColumn = (typeof LEDGER_MILESTONE_COLUMNS)[number];

/** What an import reads; the other exported columns are computed and ignored. */
export const IMPORT_FIELDS = [
  'code',
  'name',
  'ownerUnit',
  'stage',
  'projectType',
  'totalInvestment',
  'plannedInvestment',
  'targetDate',
] as const satisfies readonly LedgerProjectColumn[];
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Stage and type may be left out: a new project starts in maturity, as an industrial project. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'code',
  'name',
  'ownerUnit',
  'totalInvestment',
  'plannedInvestment',
  'targetDate',
];

export const LEDGER_MAX_BYTES = 5 * 1024 * 1024;
export const LEDGER_MAX_ROWS = 5000;

/** Other headings people write for a column (normalised as `headingKey` does). */
const ALIASES: Record<ImportField, string[]> = {
  code: ['项目编号', '编号', '代码', 'code'],
  name: ['名称', 'name', 'project'],
  ownerUnit: ['单位', '责任单位名称', 'unit'],
  stage: [],
  projectType: ['类型', 'type'],
  totalInvestment: ['总投资', 'total'],
  plannedInvestment: ['年度计划投资', '计划投资', '年度投资计划', 'plannedinvestment', 'planned'],
  targetDate: ['目标完成日期', '完成时限', 'target'],
};

/** Lower case, without spaces and without a bracketed part: "总投资（万元）" → "总投资". */
export function headingKey(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The import field a heading names, or null for a column the import does not read. */
export function importFieldOf(heading: string): ImportField | null {
  const key = headingKey(heading);
  if (!key) return null;
  for (const field of IMPORT_FIELDS) {
    const names = [ledgerWords.zh.projectColumns[field], ledgerWords.en.projectColumns[field], ...ALIASES[field]].map(
      headingKey,
    );
    if (names.includes(key)) return field;
  }
  return null;
}

/** A cell as the workbook holds it, its formula or rich text already resolved. */
export type LedgerCell = string | number | boolean | Date | null;

export interface CellProblem {
  column: ImportField;
  /** The cell as written, for the person to find it. */
  value: string;
  key: LedgerMessageKey;
  params: LedgerParams;
}

export interface LedgerRowValues {
  code: string;
  name: string;
  ownerUnitId: number;
  ownerUnitName: string;
  /** null: not given (a new project starts in maturity; an existing one stays where it is). */
  stage: Stage | null;
  projectType: ProjectType | null;
  totalInvestment: string;
  plannedInvestment: string;
  targetDate: string;
}

export interface LedgerUnit {
  id: number;
  code: string;
  name: string;
}

export function cellText(cell: LedgerCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return toIsoDate(cell);
  return String(cell).trim();
}

export function isBlankRow(cells: Partial<Record<ImportField, LedgerCell>>): boolean {
  return IMPORT_FIELDS.every((field) => cellText(cells[field]) === '');
}

/** An amount in 万元 as '1234.50', or null when the cell is not one the project form would take. */
function readAmount(cell: LedgerCell | undefined): string | null {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/,/g, '');
  const parsed = ZProjectCreate.shape.totalInvestment.safeParse(text);
  return parsed.success ? Number(parsed.data).toFixed(2) : null;
}

/** A date cell, or text as YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日. */
function readDate(cell: LedgerCell | undefined): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : toIsoDate(cell);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(cell));
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return ZIsoDate.safeParse(iso).success ? iso : null;
}

/** A stage or type by its key or its label in either language; undefined when not one. */
function readChoice<T extends string>(
  text: string,
  keys: readonly T[],
  labels: (lang: 'zh' | 'en') => Record<T, string>,
): T | undefined {
  const wanted = headingKey(text);
  return keys.find(
    (key) =>
      headingKey(key) === wanted ||
      headingKey(labels('zh')[key]) === wanted ||
      headingKey(labels('en')[key]) === wanted,
  );
}

const textField = (field: 'code' | 'name') => ZProjectCreate.shape[field];

/** One row's fields, or every problem with its cells (each cell refused once, for its first problem). */
export function readLedgerRow(
  cells: Partial<Record<ImportField, LedgerCell>>,
  units: readonly LedgerUnit[],
): { values: LedgerRowValues; problems: [] } | { values: null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const refuse = (column: ImportField, key: LedgerMessageKey, params: LedgerParams = {}) =>
    problems.push({ column, value: cellText(cells[column]), key, params });
  const missing = (column: ImportField) => {
    if (cellText(cells[column]) !== '') return false;
    refuse(column, 'validation.required');
    return true;
  };

  const text: Partial<Record<'code' | 'name', string>> = {};
  for (const field of ['code', 'name'] as const) {
    if (missing(field)) continue;
    const parsed = textField(field).safeParse(cellText(cells[field]));
    if (parsed.success) text[field] = parsed.data;
    else {
      const issue = parsed.error.issues[0]!;
      refuse(field, issue.message as LedgerMessageKey, 'maximum' in issue ? { max: Number(issue.maximum) } : {});
    }
  }

  let unit: LedgerUnit | undefined;
  if (!missing('ownerUnit')) {
    const wanted = cellText(cells.ownerUnit);
    unit = units.find((u) => u.name === wanted || u.code.toLowerCase() === wanted.toLowerCase());
    if (!unit) refuse('ownerUnit', 'ledger.unknownUnit', { value: wanted });
  }

  const stageText = cellText(cells.stage);
  const stage = stageText ? readChoice(stageText, STAGES, (lang) => ledgerWords[lang].stage) : null;
  if (stage === undefined) {
    refuse('stage', 'ledger.unknownStage', { value: stageText });
  }
  const typeText = cellText(cells.projectType);
  const projectType = typeText ? readChoice(typeText, PROJECT_TYPES, (lang) => ledgerWords[lang].projectType) : null;
  if (projectType === undefined) {
    refuse('projectType', 'ledger.unknownType', { value: typeText });
  }

  const amounts: Partial<Record<'totalInvestment' | 'plannedInvestment', string>> = {};
  for (const field of ['totalInvestment', 'plannedInvestment'] as const) {
    if (missing(field)) continue;
    const amount = readAmount(cells[field]);
    if (amount === null) refuse(field, 'validation.amount');
    else amounts[field] = amount;
  }
  if (amounts.totalInvestment && amounts.plannedInvestment) {
    if (Number(amounts.plannedInvestment) > Number(amounts.totalInvestment)) {
      refuse('plannedInvestment', 'validation.plannedOverTotal');
    }
  }

  let targetDate: string | null = null;
  if (!missing('targetDate')) {
    targetDate = readDate(cells.targetDate);
    if (targetDate === null) refuse('targetDate', 'ledger.notDate', { value: cellText(cells.targetDate) });
  }

  if (problems.length > 0) return { values: null, problems };
  return {
    values: {
      code: text.code!,
      name: text.name!,
      ownerUnitId: unit!.id,
      ownerUnitName: unit!.name,
      stage: stage ?? null,
      projectType: projectType ?? null,
      totalInvestment: amounts.totalInvestment!,
      plannedInvestment: amounts.plannedInvestment!,
      targetDate: targetDate!,
    },
    problems: [],
  };
}

/** What POST /imports/ledger answers: the outcome of every row, and the whole in the request's language. */
export const IMPORT_OUTCOMES = ['refused', 'created', 'changed', 'unchanged'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export type ChangeableField = 'name' | 'ownerUnit' | 'totalInvestment' | 'plannedInvestment' | 'targetDate';

export interface LedgerImportAnswer {
  dryRun: boolean;
  /** Whether the rows were written (never in a dry run, never with a refused row). */
  applied: boolean;
  counts: Record<ImportOutcome, number>;
  rows: ({ row: number; code: string; name: string } & (
    | { status: 'created' | 'unchanged' }
    | { status: 'changed'; changes: { field: ChangeableField; old: string; new: string }[] }
    | {
        status: 'refused';
        problems: (CellProblem & { message: string })[];
      }
  ))[];
  /** The outcome in the request's language, for API callers. */
  message: string;
}
