import type { Prisma } from '../../db/generated/client.js';
import { isActionItemOverdue, type AgendaReason } from '../../domain/meeting-agenda.js';
import { toIsoDate } from '../../domain/dates.js';

export const agendaItemSelect = {
  id: true,
  position: true,
  kind: true,
  projectId: true,
  blockerId: true,
  milestoneId: true,
  actionItemId: true,
  title: true,
  reasons: true,
  isRed: true,
  isAdded: true,
} satisfies Prisma.AgendaItemSelect;

export const actionItemSelect = {
  id: true,
  version: true,
  meetingId: true,
  agendaItemId: true,
  text: true,
  status: true,
  dueDate: true,
  newTargetDate: true,
  previousTargetDate: true,
  createdByName: true,
  createdOn: true,
  closedOn: true,
  closingNote: true,
  meeting: { select: { id: true, title: true, heldOn: true } },
  project: { select: { id: true, code: true, name: true } },
  ownerUnit: { select: { id: true, name: true } },
  notes: {
    orderBy: { id: 'asc' },
    select: { id: true, kind: true, text: true, authorName: true, at: true, on: true },
  },
} satisfies Prisma.ActionItemSelect;

export const meetingSelect = {
  id: true,
  version: true,
  heldOn: true,
  title: true,
  status: true,
  since: true,
  createdByName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  units: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unitId: 'asc' } },
  agendaItems: { select: agendaItemSelect, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
  actionItems: { select: actionItemSelect, orderBy: { id: 'asc' } },
} satisfies Prisma.MeetingSelect;

type AgendaItemRow = Prisma.AgendaItemGetPayload<{ select: typeof agendaItemSelect }>;
type ActionItemRow = Prisma.ActionItemGetPayload<{ select: typeof actionItemSelect }>;
type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export function toAgendaItemView(row: AgendaItemRow) {
  return {
    id: row.id,
    kind: row.kind,
    projectId: row.projectId,
    blockerId: row.blockerId,
    milestoneId: row.milestoneId,
    actionItemId: row.actionItemId,
    title: row.title,
    /** Why it is on the agenda: message keys of `agendaReasonMessages` with their params. */
    reasons: row.reasons as unknown as AgendaReason[],
    isRed: row.isRed,
    isAdded: row.isAdded,
  };
}

export function toActionItemView(row: ActionItemRow, today: string) {
  const dueDate = toIsoDate(row.dueDate);
  const closedOn = row.closedOn ? toIsoDate(row.closedOn) : null;
  return {
    id: row.id,
    version: row.version,
    meeting: { id: row.meeting.id, title: row.meeting.title, heldOn: toIsoDate(row.meeting.heldOn) },
    agendaItemId: row.agendaItemId,
    project: row.project,
    text: row.text,
    ownerUnit: row.ownerUnit,
    dueDate,
    status: row.status,
    isOverdue: isActionItemOverdue({ status: row.status, dueDate }, today),
    /** Closed, and by its due date. */
    isClosedOnTime: closedOn !== null && closedOn <= dueDate,
    newTargetDate: row.newTargetDate ? toIsoDate(row.newTargetDate) : null,
    previousTargetDate: row.previousTargetDate ? toIsoDate(row.previousTargetDate) : null,
    decidedBy: row.createdByName,
    decidedOn: toIsoDate(row.createdOn),
    closedOn,
    closingNote: row.closingNote,
    notes: row.notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: n.text,
      authorName: n.authorName,
      at: n.at,
      on: toIsoDate(n.on),
    })),
  };
}
export type ActionItemView = ReturnType<typeof toActionItemView>;

export function toMeetingView(row: MeetingRow, today: string) {
  return {
    id: row.id,
    version: row.version,
    heldOn: toIsoDate(row.heldOn),
    title: row.title,
    status: row.status,
    since: toIsoDate(row.since),
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    units: row.units.map((u) => u.unit),
    agenda: row.agendaItems.map(toAgendaItemView),
    decisions: row.actionItems.map((a) => toActionItemView(a, today)),
  };
}
export type MeetingView = ReturnType<typeof toMeetingView>;
