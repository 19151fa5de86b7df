// The weekly scheduling meeting's agenda rules (周调度会议程). Pure: the service gathers the data since
// the previous meeting, this decides what goes on the agenda, in which order and why. The client imports
// the kinds and reason messages to show "why it is on the agenda" in the reader's language.
//
// Order (a 周调度会 first hears how last time's decisions went, then the red lights):
//   1. open action items of earlier meetings, overdue ones first (red), then by due date;
//   2. projects that are red now (those that turned red since the last meeting say so);
//   3. overdue blockers; 4. escalated blockers; 5. blockers raised since the last meeting;
//   6. stage moves since the last meeting; 7. milestones due within the next 10 working days.
// A blocker appears once, under the first of 3–5 that fits, with every reason that applies.
import { formatIsoDate, parseIsoDate } from './dates.js';
import type { PlanMilestone, ProjectPlan } from './project-schedule.js';
import type { Light } from './schedule.js';

export const AGENDA_ITEM_KINDS = [
  'actionItem',
  'redProject',
  'overdueBlocker',
  'escalatedBlocker',
  'newBlocker',
  'stageMove',
  'milestoneDue',
  'project',
  'text',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Milestones whose latest finish falls within this many working days after today come up. */
export const MILESTONE_DUE_WORKING_DAYS = 10;
/** The first meeting looks back this many calendar days. */
export const FIRST_MEETING_LOOKBACK_DAYS = 7;

export interface AgendaReason {
  key: AgendaReasonKey;
  params: Record<string, string | number>;
}

export interface ProposedAgendaItem {
  kind: AgendaItemKind;
  projectId: number | null;
  blockerId: number | null;
  milestoneId: number | null;
  actionItemId: number | null;
  /** Readable data, the same in either language: the project's code and name, the action item's text… */
  title: string;
  reasons: AgendaReason[];
  isRed: boolean;
}

export interface AgendaProject {
  id: number;
  code: string;
  name: string;
  /** Today's light, blockers included. */
  light: Light | null;
  /** The light as of the agenda's `since` date. */
  lightSince: Light | null;
}

export interface AgendaBlocker {
  id: number;
  project: { id: number; code: string; name: string };
  description: string;
  status: 'open' | 'escalated' | 'cleared' | 'withdrawn';
  level: 'department' | 'districtLeader' | 'city';
  responsibleUnit: string;
  raisedOn: string;
  targetDate: string;
  /** The bureau's date of its latest escalation, if any. */
  escalatedOn: string | null;
}

export interface AgendaStageMove {
  id: number;
  project: { id: number; code: string; name: string };
  fromStage: string;
  toStage: string;
  /** The bureau's date of the move. */
  on: string;
}

export interface AgendaMilestone {
  id: number;
  name: string;
  project: { id: number; code: string; name: string };
  ownerUnit: string;
  latestFinish: string;
  isDone: boolean;
}

export interface AgendaActionItem {
  id: number;
  text: string;
  projectId: number | null;
  ownerUnit: string;
  dueDate: string;
  /** The date of the meeting that decided it. */
  decidedOn: string;
}

export interface AgendaInput {
  today: string;
  /** What happened after this date counts as new. */
  since: string;
  /** today + MILESTONE_DUE_WORKING_DAYS working days. */
  dueBy: string;
  projects: AgendaProject[];
  blockers: AgendaBlocker[];
  stageMoves: AgendaStageMove[];
  milestones: AgendaMilestone[];
  actionItems: AgendaActionItem[];
}

/** The previous meeting's date, or a week before this one for the first. */
export function agendaSince(heldOn: string, previousHeldOn: string | null): string {
  if (previousHeldOn !== null) return previousHeldOn;
  const day = parseIsoDate(heldOn);
  if (day === undefined) throw new RangeError(`not a date: ${heldOn}`);
  return formatIsoDate(day - FIRST_MEETING_LOOKBACK_DAYS);
}

/** The plan as it stood at the end of `date`: actual dates after it had not happened yet. */
export function planAsOf(plan: ProjectPlan, date: string): ProjectPlan {
  const asOf = (m: PlanMilestone): PlanMilestone => ({
    ...m,
    actualStart: m.actualStart !== null && m.actualStart <= date ? m.actualStart : null,
    actualFinish: m.actualFinish !== null && m.actualFinish <= date ? m.actualFinish : null,
  });
  return { ...plan, milestones: plan.milestones.map(asOf) };
}

/** Whether a blocker was active and past its date at the end of `date` (closed: `closedOn`). */
export function wasBlockerOverdueOn(
  blocker: { raisedOn: string; targetDate: string; closedOn: string | null },
  date: string,
): boolean {
  return (
    blocker.raisedOn <= date && blocker.targetDate < date && (blocker.closedOn === null || blocker.closedOn > date)
  );
}

export function isActionItemOverdue(item: { status: 'open' | 'closed'; dueDate: string }, today: string): boolean {
  return item.status === 'open' && item.dueDate < today;
}

const isActive = (b: AgendaBlocker) => b.status === 'open' || b.status === 'escalated';
const projectTitle = (p: { code: string; name: string }) => `${p.code} ${p.name}`;

function item(
  kind: AgendaItemKind,
  title: string,
  reasons: AgendaReason[],
  ids: Partial<Pick<ProposedAgendaItem, 'projectId' | 'blockerId' | 'milestoneId' | 'actionItemId'>>,
  isRed = false,
): ProposedAgendaItem {
  return {
    kind,
    projectId: ids.projectId ?? null,
    blockerId: ids.blockerId ?? null,
    milestoneId: ids.milestoneId ?? null,
    actionItemId: ids.actionItemId ?? null,
    title,
    reasons,
    isRed,
  };
}

export function proposeAgenda(input: AgendaInput): ProposedAgendaItem[] {
  const { today, since, dueBy } = input;
  const agenda: ProposedAgendaItem[] = [];

  const actionItems = [...input.actionItems].sort(
    (a, b) =>
      Number(b.dueDate < today) - Number(a.dueDate < today) || a.dueDate.localeCompare(b.dueDate) || a.id - b.id,
  );
  for (const a of actionItems) {
    const isOverdue = a.dueDate < today;
    const params = { decidedOn: a.decidedOn, dueDate: a.dueDate, ownerUnit: a.ownerUnit };
    agenda.push(
      item(
        'actionItem',
        a.text,
        [{ key: isOverdue ? 'agenda.actionItemOverdue' : 'agenda.actionItemOpen', params }],
        { projectId: a.projectId, actionItemId: a.id },
        isOverdue,
      ),
    );
  }

  const reds = input.projects.filter((p) => p.light === 'red').sort((a, b) => a.code.localeCompare(b.code));
  for (const p of reds) {
    const key = p.lightSince === 'red' ? 'agenda.red' : 'agenda.turnedRed';
    agenda.push(item('redProject', projectTitle(p), [{ key, params: { since } }], { projectId: p.id }, true));
  }

  const blockers = input.blockers
    .filter(isActive)
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.id - b.id);
  const blockerItems = new Map<AgendaItemKind, ProposedAgendaItem[]>();
  for (const b of blockers) {
    const isOverdue = b.targetDate < today;
    const isEscalated = b.status === 'escalated';
    const isNew = b.raisedOn > since;
    const reasons: AgendaReason[] = [];
    if (isOverdue) reasons.push({ key: 'agenda.blockerOverdue', params: { targetDate: b.targetDate } });
    if (isEscalated) {
      const isNewlyEscalated = b.escalatedOn !== null && b.escalatedOn > since;
      reasons.push({
        key: isNewlyEscalated ? 'agenda.blockerEscalatedSince' : 'agenda.blockerEscalated',
        params: { level: b.level, since },
      });
    }
    if (isNew) reasons.push({ key: 'agenda.blockerNew', params: { raisedOn: b.raisedOn } });
    if (reasons.length === 0) continue;
    const kind: AgendaItemKind = isOverdue ? 'overdueBlocker' : isEscalated ? 'escalatedBlocker' : 'newBlocker';
    const list = blockerItems.get(kind) ?? [];
    list.push(
      item(
        kind,
        `${projectTitle(b.project)} · ${b.description}`,
        reasons.map((r) => ({ ...r, params: { ...r.params, responsibleUnit: b.responsibleUnit } })),
        { projectId: b.project.id, blockerId: b.id },
        isOverdue,
      ),
    );
    blockerItems.set(kind, list);
  }
  for (const kind of ['overdueBlocker', 'escalatedBlocker', 'newBlocker'] as const) {
    agenda.push(...(blockerItems.get(kind) ?? []));
  }

  const moves = input.stageMoves.filter((m) => m.on > since).sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
  for (const m of moves) {
    agenda.push(
      item(
        'stageMove',
        projectTitle(m.project),
        [{ key: 'agenda.stageMove', params: { fromStage: m.fromStage, toStage: m.toStage, on: m.on } }],
        { projectId: m.project.id },
      ),
    );
  }

  const due = input.milestones
    .filter((m) => !m.isDone && m.latestFinish >= today && m.latestFinish <= dueBy)
    .sort((a, b) => a.latestFinish.localeCompare(b.latestFinish) || a.id - b.id);
  for (const m of due) {
    agenda.push(
      item(
        'milestoneDue',
        `${projectTitle(m.project)} · ${m.name}`,
        [{ key: 'agenda.milestoneDue', params: { latestFinish: m.latestFinish, ownerUnit: m.ownerUnit } }],
        { projectId: m.project.id, milestoneId: m.id },
      ),
    );
  }
  return agenda;
}

/** Why an item is on the agenda, in both languages; params are filled in where shown. */
const zh = {
  'agenda.actionItemOpen': '{{decidedOn}} 调度会议定事项，责任单位“{{ownerUnit}}”，限 {{dueDate}} 前完成，尚未办结。',
  'agenda.actionItemOverdue': '{{decidedOn}} 调度会议定事项，责任单位“{{ownerUnit}}”，限 {{dueDate}} 前完成，已逾期。',
  'agenda.red': '项目亮红灯（{{since}} 时已是红灯）。',
  'agenda.turnedRed': '项目自 {{since}} 以来转为红灯。',
  'agenda.blockerOverdue': '难题已超过限期解决日期 {{targetDate}}，责任单位“{{responsibleUnit}}”。',
  'agenda.blockerEscalated': '难题已升级至{{level}}协调，责任单位“{{responsibleUnit}}”。',
  'agenda.blockerEscalatedSince': '难题自 {{since}} 以来升级至{{level}}协调，责任单位“{{responsibleUnit}}”。',
  'agenda.blockerNew': '{{raisedOn}} 新提出的难题，责任单位“{{responsibleUnit}}”。',
  'agenda.stageMove': '{{on}} 由{{fromStage}}阶段转入{{toStage}}阶段。',
  'agenda.milestoneDue': '节点须于 {{latestFinish}} 前完成（10 个工作日内），责任单位“{{ownerUnit}}”。',
  'agenda.added': '由管理员加入议程。',
} as const;
export type AgendaReasonKey = keyof typeof zh;

const en: Record<AgendaReasonKey, string> = {
  'agenda.actionItemOpen':
    'Decided at the meeting of {{decidedOn}}: {{ownerUnit}} to finish by {{dueDate}}; still open.',
  'agenda.actionItemOverdue':
    'Decided at the meeting of {{decidedOn}}: {{ownerUnit}} to finish by {{dueDate}}; overdue.',
  'agenda.red': 'The project is red (and was red on {{since}} already).',
  'agenda.turnedRed': 'The project turned red since {{since}}.',
  'agenda.blockerOverdue':
    'The blocker is past its date to be cleared by, {{targetDate}}; {{responsibleUnit}} must clear it.',
  'agenda.blockerEscalated': 'The blocker is escalated to the {{level}}; {{responsibleUnit}} must clear it.',
  'agenda.blockerEscalatedSince':
    'The blocker was escalated to the {{level}} since {{since}}; {{responsibleUnit}} must clear it.',
  'agenda.blockerNew': 'A new blocker, raised on {{raisedOn}}; {{responsibleUnit}} must clear it.',
  'agenda.stageMove': 'Moved from {{fromStage}} to {{toStage}} on {{on}}.',
  'agenda.milestoneDue':
    'The milestone must be finished by {{latestFinish}} (within 10 working days); owner unit {{ownerUnit}}.',
  'agenda.added': 'Added to the agenda by an administrator.',
};

export const agendaReasonMessages = { zh, en };

/** Words the params stand for (stages, levels), so "{{level}}" reads well in each language. */
const paramWords: Record<'zh' | 'en', Record<string, string>> = {
  zh: {
    maturity: '成熟度',
    acceleration: '加速度',
    contribution: '贡献度',
    department: '部门',
    districtLeader: '区领导',
    city: '市级',
  },
  en: {
    maturity: 'maturity',
    acceleration: 'acceleration',
    contribution: 'contribution',
    department: 'department',
    districtLeader: 'district leader',
    city: 'city',
  },
};

export function formatAgendaReason(reason: AgendaReason, lang: 'zh' | 'en' = 'zh'): string {
  const template = agendaReasonMessages[lang][reason.key] ?? reason.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = String(reason.params[name] ?? '');
    return name === 'level' || name === 'fromStage' || name === 'toStage' ? (paramWords[lang][value] ?? value) : value;
  });
}
