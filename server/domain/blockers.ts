// Blockers (难题堵点): what they are, the steps that move them, how old and how late they are, and
// what they do to a project's light. Pure, so the client can show the same ages and hide the same
// buttons the server enforces.
import { parseIsoDate } from './dates.js';

export const BLOCKER_CATEGORIES = [
  'land',
  'funding',
  'approvals',
  'demolition',
  'utilities',
  'environment',
  'other',
] as const;
export type BlockerCategory = (typeof BLOCKER_CATEGORIES)[number];

/** In escalation order: each escalation moves one step right. */
export const BLOCKER_LEVELS = ['department', 'districtLeader', 'city'] as const;
export type BlockerLevel = (typeof BLOCKER_LEVELS)[number];

export const BLOCKER_STATUSES = ['open', 'escalated', 'cleared', 'withdrawn'] as const;
export type BlockerStatus = (typeof BLOCKER_STATUSES)[number];

/** Statuses of a blocker that still holds its project up. */
export const ACTIVE_BLOCKER_STATUSES = ['open', 'escalated'] as const satisfies readonly BlockerStatus[];

export const BLOCKER_STEPS = ['escalate', 'clear', 'withdraw', 'reopen'] as const;
export type BlockerStep = (typeof BLOCKER_STEPS)[number];

export const BLOCKER_SORTS = ['age', 'level', 'responsibleUnit', 'targetDate'] as const;
export type BlockerSort = (typeof BLOCKER_SORTS)[number];

export function isActiveBlocker(status: BlockerStatus): boolean {
  return status === 'open' || status === 'escalated';
}

export function levelIndex(level: BlockerLevel): number {
  return BLOCKER_LEVELS.indexOf(level);
}

export interface BlockerState {
  status: BlockerStatus;
  level: BlockerLevel;
}

/** Why a step cannot be taken from the blocker's current state (an error-message key). */
export type BlockerStepRefusal =
  'blocker.alreadyCleared' | 'blocker.alreadyWithdrawn' | 'blocker.notClosed' | 'blocker.topLevel';

/**
 * The status machine: open → escalated (one level up each time, not past 'city') → cleared | withdrawn;
 * cleared or withdrawn → open again (reopen), keeping the level it had reached.
 */
export function nextBlockerState(
  state: BlockerState,
  step: BlockerStep,
): { ok: true; state: BlockerState } | { ok: false; refusal: BlockerStepRefusal } {
  if (step === 'reopen') {
    return isActiveBlocker(state.status)
      ? { ok: false, refusal: 'blocker.notClosed' }
      : { ok: true, state: { status: 'open', level: state.level } };
  }
  if (state.status === 'cleared') return { ok: false, refusal: 'blocker.alreadyCleared' };
  if (state.status === 'withdrawn') return { ok: false, refusal: 'blocker.alreadyWithdrawn' };
  switch (step) {
    case 'escalate': {
      const next = BLOCKER_LEVELS[levelIndex(state.level) + 1];
      return next
        ? { ok: true, state: { status: 'escalated', level: next } }
        : { ok: false, refusal: 'blocker.topLevel' };
    }
    case 'clear':
      return { ok: true, state: { status: 'cleared', level: state.level } };
    case 'withdraw':
      return { ok: true, state: { status: 'withdrawn', level: state.level } };
  }
}

/** Calendar days from the day it was raised to `until` (today, or the day it was closed); never negative. */
export function blockerAgeDays(raisedOn: string, until: string): number {
  const from = parseIsoDate(raisedOn);
  const to = parseIsoDate(until);
  if (from === undefined || to === undefined) return 0;
  return Math.max(0, to - from);
}

/** Overdue: still holding the project up after its target date (on the target date itself it is not yet late). */
export function isBlockerOverdue(blocker: { status: BlockerStatus; targetDate: string }, today: string): boolean {
  return isActiveBlocker(blocker.status) && blocker.targetDate < today;
}

/** What a board card shows of its project's blockers. */
export interface CardBlockers {
  /** Blockers still active (open or escalated). */
  open: number;
  oldestAgeDays: number | null;
  /** At least one active blocker is past its target date. */
  overdue: boolean;
}

export function summarizeBlockers(
  blockers: readonly { status: BlockerStatus; raisedOn: string; targetDate: string }[],
  today: string,
): CardBlockers {
  let open = 0;
  let oldestAgeDays: number | null = null;
  let overdue = false;
  for (const blocker of blockers) {
    if (!isActiveBlocker(blocker.status)) continue;
    open++;
    const age = blockerAgeDays(blocker.raisedOn, today);
    if (oldestAgeDays === null || age > oldestAgeDays) oldestAgeDays = age;
    if (isBlockerOverdue(blocker, today)) overdue = true;
  }
  return { open, oldestAgeDays, overdue };
}

export interface SortableBlocker {
  id: number;
  ageDays: number;
  level: BlockerLevel;
  targetDate: string;
  isOverdue: boolean;
  responsibleUnit: { name: string };
}

// Unit names are Chinese: pinyin order is what a reader of the list expects.
const unitCollator = new Intl.Collator('zh-Hans-CN');

const COMPARE: Record<BlockerSort, (a: SortableBlocker, b: SortableBlocker) => number> = {
  age: (a, b) => a.ageDays - b.ageDays,
  level: (a, b) => levelIndex(a.level) - levelIndex(b.level),
  responsibleUnit: (a, b) => unitCollator.compare(a.responsibleUnit.name, b.responsibleUnit.name),
  targetDate: (a, b) => (a.targetDate < b.targetDate ? -1 : a.targetDate > b.targetDate ? 1 : 0),
};

/**
 * The list's order: by the chosen key in the chosen direction; ties oldest first, then by id, so
 * the list and its Excel export always come out in the same order.
 */
export function sortBlockers<T extends SortableBlocker>(
  blockers: readonly T[],
  sort: BlockerSort,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...blockers].sort((a, b) => sign * COMPARE[sort](a, b) || b.ageDays - a.ageDays || a.id - b.id);
}

/** A responsible unit's to-do order: overdue first, then the nearest target date, then the oldest. */
export function byUrgency<T extends SortableBlocker>(blockers: readonly T[]): T[] {
  return [...blockers].sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) || COMPARE.targetDate(a, b) || b.ageDays - a.ageDays || a.id - b.id,
  );
}

/** The list's columns, in the order the Excel export writes them. */
export const BLOCKER_COLUMNS = [
  'projectCode',
  'projectName',
  'category',
  'description',
  'responsibleUnit',
  'level',
  'status',
  'raisedOn',
  'ageDays',
  'targetDate',
  'isOverdue',
  'raisedBy',
] as const;
export type BlockerColumn = (typeof BLOCKER_COLUMNS)[number];

export interface BlockerLabels {
  category: Record<BlockerCategory, string>;
  level: Record<BlockerLevel, string>;
  status: Record<BlockerStatus, string>;
  columns: Record<BlockerColumn, string>;
  yes: string;
  no: string;
  sheet: string;
}

/** Names of categories, levels and statuses, and the list's column headings (also the Excel header row). */
export const blockerLabels: Record<'zh' | 'en', BlockerLabels> = {
  zh: {
    category: {
      land: '用地',
      funding: '资金',
      approvals: '审批',
      demolition: '征拆',
      utilities: '水电气',
      environment: '环保',
      other: '其他',
    },
    level: { department: '部门', districtLeader: '区领导', city: '市级' },
    status: { open: '待解决', escalated: '已升级', cleared: '已办结', withdrawn: '已撤销' },
    columns: {
      projectCode: '项目代码',
      projectName: '项目名称',
      category: '类别',
      description: '难题描述',
      responsibleUnit: '责任单位',
      level: '协调层级',
      status: '状态',
      raisedOn: '提出日期',
      ageDays: '已持续天数',
      targetDate: '限期解决日期',
      isOverdue: '是否超期',
      raisedBy: '提出人',
    },
    yes: '是',
    no: '否',
    sheet: '难题堵点',
  },
  en: {
    category: {
      land: 'Land',
      funding: 'Funding',
      approvals: 'Approvals',
      demolition: 'Demolition',
      utilities: 'Power/water/gas',
      environment: 'Environment',
      other: 'Other',
    },
    level: { department: 'Department', districtLeader: 'District leader', city: 'City' },
    status: { open: 'Open', escalated: 'Escalated', cleared: 'Cleared', withdrawn: 'Withdrawn' },
    columns: {
      projectCode: 'Project code',
      projectName: 'Project',
      category: 'Category',
      description: 'Description',
      responsibleUnit: 'Responsible unit',
      level: 'Level',
      status: 'Status',
      raisedOn: 'Raised on',
      ageDays: 'Age (days)',
      targetDate: 'Clear by',
      isOverdue: 'Overdue',
      raisedBy: 'Raised by',
    },
    yes: 'Yes',
    no: 'No',
    sheet: 'Blockers',
  },
};

/** The labels in a reader's language: anything but English reads Chinese, the default. */
export function blockerLabelsFor(language: string): BlockerLabels {
  return blockerLabels[language === 'en' ? 'en' : 'zh'];
}
