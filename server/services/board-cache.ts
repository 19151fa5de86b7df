// The board is read far more often than it changes, and scheduling every project on every read
// costs hundreds of milliseconds at a thousand projects. Each server keeps the last board it built
// and brings it up to date from the BoardEvent log: a change to one project re-reads that project,
// a calendar change or a new day rebuilds everything. The log is shared, so several servers on one
// PostgreSQL stay right without talking to each other.
import type { PrismaClient } from '../db/generated/client.js';
import { scheduledCardSelect, type ScheduledCardRow } from '../db/selects.js';
import { sortRanked } from '../domain/ordering.js';
import { scheduleProject } from '../domain/project-schedule.js';
import type { WorkCalendar } from '../domain/schedule.js';
import { STAGES } from '../domain/stages.js';
import { loadCalendar } from './calendar.js';
import { toCardBlockers, toCardView, toPlan, toScheduleSummary } from './views.js';

function scheduledCard(row: ScheduledCardRow, today: string, calendar: WorkCalendar) {
  const blockers = toCardBlockers(row.blockers, today);
  return {
    ...toCardView(row),
    blockers,
    schedule: toScheduleSummary(scheduleProject(toPlan(row), today, calendar), blockers),
  };
}
export type ScheduledCard = ReturnType<typeof scheduledCard>;

interface Snapshot {
  eventId: number;
  today: string;
  calendar: WorkCalendar;
  cards: Map<number, ScheduledCard>;
}

const snapshots = new WeakMap<PrismaClient, Snapshot>();

async function latestEventId(prisma: PrismaClient): Promise<number> {
  const latest = await prisma.boardEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return latest?.id ?? 0;
}

async function rebuild(prisma: PrismaClient, today: string, eventId: number): Promise<Snapshot> {
  const [rows, calendar] = await Promise.all([
    prisma.project.findMany({ where: { isArchived: false }, select: scheduledCardSelect }),
    loadCalendar({ prisma }),
  ]);
  return { eventId, today, calendar, cards: new Map(rows.map((row) => [row.id, scheduledCard(row, today, calendar)])) };
}

async function catchUp(prisma: PrismaClient, snapshot: Snapshot, eventId: number): Promise<Snapshot | null> {
  const events = await prisma.boardEvent.findMany({
    where: { id: { gt: snapshot.eventId, lte: eventId } },
    select: { projectId: true },
  });
  const projectIds = new Set<number>();
  for (const event of events) {
    if (event.projectId === null) return null; // a board-wide change
    projectIds.add(event.projectId);
  }
  const rows = await prisma.project.findMany({
    where: { id: { in: [...projectIds] } },
    select: { ...scheduledCardSelect, isArchived: true },
  });
  const cards = new Map(snapshot.cards);
  for (const id of projectIds) cards.delete(id);
  for (const { isArchived, ...row } of rows) {
    if (!isArchived) cards.set(row.id, scheduledCard(row, snapshot.today, snapshot.calendar));
  }
  return { ...snapshot, eventId, cards };
}

/** Every card with its light, computed from milestones, target, calendar, blockers and today. */
export async function getBoard({ prisma, today }: { prisma: PrismaClient; today: string }) {
  // The event id is read before the data: whatever is read is at least that new.
  const eventId = await latestEventId(prisma);
  let snapshot = snapshots.get(prisma);
  if (snapshot && snapshot.today === today && snapshot.eventId < eventId) {
    snapshot = (await catchUp(prisma, snapshot, eventId)) ?? undefined;
  } else if (snapshot && (snapshot.today !== today || snapshot.eventId > eventId)) {
    snapshot = undefined;
  }
  snapshot ??= await rebuild(prisma, today, eventId);
  snapshots.set(prisma, snapshot);
  const sorted = sortRanked([...snapshot.cards.values()]);
  return { today, columns: STAGES.map((stage) => ({ stage, cards: sorted.filter((card) => card.stage === stage) })) };
}
