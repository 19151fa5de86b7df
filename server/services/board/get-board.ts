// The board is read far more often than it changes, and scheduling every project on every read
// costs hundreds of milliseconds at a thousand projects. Each server keeps the last board it built
// and brings it up to date from the BoardEvent log, by the kind of each event: a change to a project
// re-reads that project, a calendar change or a new day re-schedules everything, a renamed unit
// re-reads every card (cards show the unit's name), a stage limit changes no card. The log is shared,
// so several servers on one PostgreSQL stay right without talking to each other.
//
// Refreshes run one at a time, each from the board the last one left: requests that need the same
// board share one refresh, and a request that needs a newer one waits for the refresh in flight and
// then catches up from it, instead of rebuilding beside it.
import type { PrismaClient } from '../../db/generated/client.js';
import { scheduledCardSelect, type ScheduledCardRow } from '../../db/selects.js';
import { sortRanked } from '../../domain/ordering.js';
import { cardSchedule, scheduleProject } from '../../domain/project-schedule.js';
import type { WorkCalendar } from '../../domain/schedule.js';
import { STAGES, type Stage } from '../../domain/stages.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import type { BoardEventKind } from '../shared/record-board-event.js';
import { toCardBlockers, toCardView, toPlan } from '../shared/views.js';

function scheduledCard(row: ScheduledCardRow, today: string, calendar: WorkCalendar) {
  const blockers = toCardBlockers(row.blockers, today);
  return {
    ...toCardView(row),
    blockers,
    schedule: cardSchedule(scheduleProject(toPlan(row), today, calendar), blockers),
  };
}
export type ScheduledCard = ReturnType<typeof scheduledCard>;

interface Snapshot {
  eventId: number;
  today: string;
  calendar: WorkCalendar;
  cards: Map<number, ScheduledCard>;
}

/** What an event asks of the last board: re-read some projects, re-read every card, or nothing. */
type Catch = 'projects' | 'everything' | 'nothing';
const CATCH_BY_KIND: Record<BoardEventKind, Catch> = {
  'project.created': 'projects',
  'project.updated': 'projects',
  'project.moved': 'projects',
  'calendar.changed': 'everything',
  'units.changed': 'everything',
  'stageLimits.changed': 'nothing',
};

export interface Board {
  today: string;
  columns: { stage: Stage; cards: ScheduledCard[] }[];
}

export interface BoardReadModel {
  /** Every card with its light, computed from milestones, target, calendar, blockers and today. */
  get(today: string): Promise<Board>;
}

/** Created once per server (and per test caller): it holds the last board built from `prisma`. */
export function createBoardReadModel({ prisma }: { prisma: PrismaClient }): BoardReadModel {
  let snapshot: Snapshot | null = null;
  let pending: { today: string; eventId: number; result: Promise<Snapshot> } | null = null;

  async function latestEventId(): Promise<number> {
    const latest = await prisma.boardEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
    return latest?.id ?? 0;
  }

  async function rebuild(today: string, eventId: number): Promise<Snapshot> {
    const [rows, calendar] = await Promise.all([
      prisma.project.findMany({ where: { isArchived: false }, select: scheduledCardSelect }),
      loadCalendar({ prisma }),
    ]);
    return {
      eventId,
      today,
      calendar,
      cards: new Map(rows.map((row) => [row.id, scheduledCard(row, today, calendar)])),
    };
  }

  /** The board at `eventId` from an older one of the same day, or null when only a rebuild will do. */
  async function catchUp(from: Snapshot, eventId: number): Promise<Snapshot | null> {
    const events = await prisma.boardEvent.findMany({
      where: { id: { gt: from.eventId, lte: eventId } },
      select: { kind: true, projectId: true },
    });
    const projectIds = new Set<number>();
    for (const event of events) {
      const needs = CATCH_BY_KIND[event.kind as BoardEventKind] ?? 'everything';
      if (needs === 'everything' || (needs === 'projects' && event.projectId === null)) return null;
      if (needs === 'projects') projectIds.add(event.projectId!);
    }
    if (projectIds.size === 0) return { ...from, eventId };
    const rows = await prisma.project.findMany({
      where: { id: { in: [...projectIds] } },
      select: { ...scheduledCardSelect, isArchived: true },
    });
    const cards = new Map(from.cards);
    for (const id of projectIds) cards.delete(id);
    for (const { isArchived, ...row } of rows) {
      if (!isArchived) cards.set(row.id, scheduledCard(row, from.today, from.calendar));
    }
    return { ...from, eventId, cards };
  }

  async function refresh(today: string, eventId: number): Promise<Snapshot> {
    const last = snapshot;
    let next: Snapshot | null = null;
    if (last && last.today === today) {
      if (last.eventId === eventId) return last;
      if (last.eventId < eventId) next = await catchUp(last, eventId);
      // Newer than the id this request read: a later refresh got there first, unless the log was reset.
      else if ((await latestEventId()) >= last.eventId) return last;
    }
    next ??= await rebuild(today, eventId);
    snapshot = next;
    return next;
  }

  function boardAt(today: string, eventId: number): Promise<Snapshot> {
    if (snapshot && snapshot.today === today && snapshot.eventId === eventId) return Promise.resolve(snapshot);
    if (pending && pending.today === today && pending.eventId === eventId) return pending.result;
    const before = pending?.result.catch(() => undefined) ?? Promise.resolve();
    const entry = { today, eventId, result: before.then(() => refresh(today, eventId)) };
    pending = entry;
    const settle = () => {
      if (pending === entry) pending = null;
    };
    entry.result.then(settle, settle);
    return entry.result;
  }

  return {
    async get(today) {
      // The event id is read before the data: whatever is read is at least that new.
      const board = await boardAt(today, await latestEventId());
      const sorted = sortRanked([...board.cards.values()]);
      return {
        today,
        columns: STAGES.map((stage) => ({ stage, cards: sorted.filter((card) => card.stage === stage) })),
      };
    },
  };
}
