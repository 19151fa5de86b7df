// The bulletin (通报): per owner unit and period, what fell due and whether it was done on time, ranked
// by on-time rate. Pure, and every figure keeps the ids it counts, so each can be listed and checked
// by hand (bulletin.items).
//
// For a period [from, to] and today:
//   milestonesDue      the unit's milestones whose latest finish falls in the period;
//   milestonesOnTime   … of those, finished by their latest finish;
//   milestonesLate     … of those, finished after it, or not finished and the latest finish is before today;
//   blockersOpen       blockers the unit must clear that were still active at the end of the period
//                      (or today, if the period has not ended);
//   blockersCleared    … that it cleared within the period;
//   actionItemsDue     the unit's action items due in the period;
//   actionItemsOnTime  … of those, closed by their due date;
//   actionItemsOverdue … of those, closed after it, or open and due before today.
// On-time rate = (milestonesOnTime + actionItemsOnTime) / (those plus milestonesLate + actionItemsOverdue):
// what is still pending (due later in the period, not yet late) counts neither way. No decided item: no rate.
import { formatIsoDate, parseIsoDate, weekdayOf } from './dates.js';

export const BULLETIN_FIGURES = [
  'milestonesDue',
  'milestonesOnTime',
  'milestonesLate',
  'blockersOpen',
  'blockersCleared',
  'actionItemsDue',
  'actionItemsOnTime',
  'actionItemsOverdue',
] as const;
export type BulletinFigure = (typeof BULLETIN_FIGURES)[number];

export interface BulletinPeriod {
  from: string;
  to: string;
}

/** The week (Monday to Sunday) or month holding `date`, or the custom range as given. */
export function bulletinPeriod(
  period: 'week' | 'month' | 'custom',
  { date, from, to }: { date: string; from?: string | undefined; to?: string | undefined },
): BulletinPeriod {
  if (period === 'custom') return { from: from ?? date, to: to ?? date };
  const day = parseIsoDate(date);
  if (day === undefined) throw new RangeError(`not a date: ${date}`);
  if (period === 'week') {
    const monday = day - ((weekdayOf(day) + 6) % 7);
    return { from: formatIsoDate(monday), to: formatIsoDate(monday + 6) };
  }
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

export interface BulletinMilestone {
  id: number;
  ownerUnitId: number;
  latestFinish: string;
  actualFinish: string | null;
}

export interface BulletinBlocker {
  id: number;
  responsibleUnitId: number;
  status: 'open' | 'escalated' | 'cleared' | 'withdrawn';
  raisedOn: string;
  closedOn: string | null;
}

export interface BulletinActionItem {
  id: number;
  ownerUnitId: number;
  dueDate: string;
  closedOn: string | null;
}

export interface BulletinUnitRow {
  unitId: number;
  counts: Record<BulletinFigure, number>;
  ids: Record<BulletinFigure, number[]>;
  /** 0…1, or null when nothing due in the period has been decided either way. */
  onTimeRate: number | null;
  /** 1-based; units with the same rate share a rank; units without a rate come last, unranked (null). */
  rank: number | null;
}

const within = (date: string, { from, to }: BulletinPeriod) => date >= from && date <= to;

function emptyIds(): Record<BulletinFigure, number[]> {
  return Object.fromEntries(BULLETIN_FIGURES.map((f) => [f, []])) as unknown as Record<BulletinFigure, number[]>;
}

export function computeBulletin(input: {
  period: BulletinPeriod;
  today: string;
  units: { id: number; name: string }[];
  milestones: BulletinMilestone[];
  blockers: BulletinBlocker[];
  actionItems: BulletinActionItem[];
}): BulletinUnitRow[] {
  const { period, today } = input;
  const byUnit = new Map(input.units.map((u) => [u.id, emptyIds()]));
  const add = (unitId: number, figure: BulletinFigure, id: number) => byUnit.get(unitId)?.[figure].push(id);

  for (const m of input.milestones) {
    if (!within(m.latestFinish, period)) continue;
    add(m.ownerUnitId, 'milestonesDue', m.id);
    if (m.actualFinish !== null && m.actualFinish <= m.latestFinish) add(m.ownerUnitId, 'milestonesOnTime', m.id);
    else if (m.actualFinish !== null || m.latestFinish < today) add(m.ownerUnitId, 'milestonesLate', m.id);
  }
  const end = period.to < today ? period.to : today;
  for (const b of input.blockers) {
    const isActiveAtEnd = b.raisedOn <= end && (b.closedOn === null || b.closedOn > end);
    if (isActiveAtEnd) add(b.responsibleUnitId, 'blockersOpen', b.id);
    if (b.status === 'cleared' && b.closedOn !== null && within(b.closedOn, period)) {
      add(b.responsibleUnitId, 'blockersCleared', b.id);
    }
  }
  for (const a of input.actionItems) {
    if (!within(a.dueDate, period)) continue;
    add(a.ownerUnitId, 'actionItemsDue', a.id);
    if (a.closedOn !== null && a.closedOn <= a.dueDate) add(a.ownerUnitId, 'actionItemsOnTime', a.id);
    else if (a.closedOn !== null || a.dueDate < today) add(a.ownerUnitId, 'actionItemsOverdue', a.id);
  }

  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const rows = [...byUnit].map(([unitId, ids]) => {
    const counts = Object.fromEntries(BULLETIN_FIGURES.map((f) => [f, ids[f].length])) as Record<
      BulletinFigure,
      number
    >;
    const onTime = counts.milestonesOnTime + counts.actionItemsOnTime;
    const decided = onTime + counts.milestonesLate + counts.actionItemsOverdue;
    return { unitId, counts, ids, onTimeRate: decided === 0 ? null : onTime / decided, rank: null as number | null };
  });
  rows.sort(
    (a, b) =>
      (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
      (names.get(a.unitId) ?? '').localeCompare(names.get(b.unitId) ?? '', 'zh-Hans-CN') ||
      a.unitId - b.unitId,
  );
  let previous: BulletinUnitRow | undefined;
  for (const [i, row] of rows.entries()) {
    if (row.onTimeRate === null) continue;
    row.rank = previous && previous.onTimeRate === row.onTimeRate ? previous.rank : i + 1;
    previous = row;
  }
  return rows;
}

/** Column headings of the bulletin, in both languages (the client and the .xlsx share them). */
export const bulletinLabels = {
  zh: {
    sheet: '通报',
    rank: '排名',
    unit: '责任单位',
    onTimeRate: '按期完成率',
    period: '通报期间',
    figures: {
      milestonesDue: '到期节点',
      milestonesOnTime: '按期完成节点',
      milestonesLate: '逾期节点',
      blockersOpen: '未解决难题',
      blockersCleared: '已解决难题',
      actionItemsDue: '到期议定事项',
      actionItemsOnTime: '按期办结议定事项',
      actionItemsOverdue: '逾期议定事项',
    } satisfies Record<BulletinFigure, string>,
  },
  en: {
    sheet: 'Bulletin',
    rank: 'Rank',
    unit: 'Owner unit',
    onTimeRate: 'On-time rate',
    period: 'Period',
    figures: {
      milestonesDue: 'Milestones due',
      milestonesOnTime: 'Milestones on time',
      milestonesLate: 'Milestones late',
      blockersOpen: 'Blockers open',
      blockersCleared: 'Blockers cleared',
      actionItemsDue: 'Action items due',
      actionItemsOnTime: 'Action items closed on time',
      actionItemsOverdue: 'Action items overdue',
    } satisfies Record<BulletinFigure, string>,
  },
} as const;
