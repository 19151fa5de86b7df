// The board is read far more often than it changes, and scheduling every project on every read
// costs hundreds of milliseconds at a thousand projects. Each server keeps the last board it built,
// with its columns in order, each card's JSON and, once asked for, the whole answer as bytes (see
// board-bytes.ts), and brings it up to date from the BoardEvent log by the kind of each event: a change
// to a project re-reads and re-places that card, a calendar change or a new day re-schedules every
// card from the rows it keeps (no project is read again, so the one PGlite connection stays free for
// the writers meanwhile), a renamed unit re-reads every card (cards show the unit's name), a stage
// limit changes no card. The log is shared, so several servers on one PostgreSQL stay right without
// talking.
//
// Refreshes run one at a time, each from the board the last one left: requests that need the same
// board share one refresh, and a request that needs a newer one waits for the refresh in flight and
// then catches up from it. With a listener, a notified change starts the refresh before anyone asks.
// Scheduling yields to the event loop every few milliseconds, and a full rebuild reads the projects
// in pages, so the other requests go on while thousands of projects are re-scheduled.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PrismaClient } from '../../db/generated/client.js';
import { scheduledCardSelect, type ScheduledCardRow } from '../../db/selects.js';
import { compareRanked } from '../../domain/ordering.js';
import { cardSchedule, scheduleProject } from '../../domain/project-schedule.js';
import type { InvestmentThresholds } from '../../domain/investment.js';
import type { WorkCalendar } from '../../domain/schedule.js';
import { STAGES, type Stage } from '../../domain/stages.js';
import { createLatestEventId, type LatestEventId } from '../../realtime/latest-event-id.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { cardInvestment } from '../investment/card-investment.js';
import { readInvestmentThresholds } from '../investment/read-investment-progress.js';
import type { BoardEventKind } from '../shared/record-board-event.js';
import { toCardBlockers, toCardView, toPlan } from '../shared/views.js';
import { createEventsSince, type EventRow } from './board-events-since.js';
import { answerBody, boardBytes, plainCardJson, type BoardBytes, type BoardEncoding } from './board-bytes.js';

/** Projects read per query in a rebuild (Prisma turns each page into objects in one go). */
const REBUILD_PAGE = 100;
/** How long the board must stay unchanged before the answer's bytes are made ahead of any reader. */
const BYTES_AHEAD_AFTER_MS = 100;
/** The longest stretch of scheduling between two yields to the event loop. */
const SLICE_MS = 8;

function scheduledCard(row: ScheduledCardRow, today: string, calendar: WorkCalendar, thresholds: InvestmentThresholds) {
  const blockers = toCardBlockers(row.blockers, today);
  return {
    ...toCardView(row),
    blockers,
    schedule: cardSchedule(scheduleProject(toPlan(row), today, calendar), blockers),
    investment: cardInvestment(row, today, thresholds),
  };
}
export type ScheduledCard = ReturnType<typeof scheduledCard>;

interface Entry {
  /** What the card was made from: a new calendar or day re-schedules it without reading it again. */
  row: ScheduledCardRow;
  card: ScheduledCard;
  /** The card as the answer's JSON carries it; null when the transformer must handle it. */
  json: Uint8Array | null;
}

interface Snapshot {
  eventId: number;
  today: string;
  calendar: WorkCalendar;
  thresholds: InvestmentThresholds;
  /** Each column's cards in board order: (rank, id) in byte order. */
  columns: Map<Stage, Entry[]>;
  /** Each column's card ids, in the same order: finding a card scans these small integers, not the entries. */
  ids: Map<Stage, number[]>;
  board?: Board;
  bytes?: BoardBytes;
}

/**
 * What an event asks of the last board: re-read some projects, re-schedule every card with the new
 * calendar, re-read every card, or nothing.
 */
type Catch = 'projects' | 'calendar' | 'everything' | 'nothing';
const CATCH_BY_KIND: Record<BoardEventKind, Catch> = {
  'project.created': 'projects',
  'project.updated': 'projects',
  'project.moved': 'projects',
  'calendar.changed': 'calendar',
  'units.changed': 'everything',
  'blocker.stepped': 'projects',
  'stageLimits.changed': 'nothing',
  // New thresholds re-light every card's investment.
  'investmentSettings.changed': 'everything',
};

export interface Board {
  today: string;
  /** The newest event this board includes: a browser's event stream starts after it. */
  eventId: number;
  columns: { stage: Stage; cards: ScheduledCard[] }[];
}

export interface ReadOptions {
  /**
   * How long to wait for a refresh (say, every card re-scheduled after a calendar change, behind the
   * writers on PGlite's one connection) before answering with the last board built. By default a
   * read waits for the newest board: a writer must see its own change.
   */
  patienceMs?: number;
}

export interface BoardReadModel {
  /** Every card with its light, computed from milestones, target, calendar, blockers and today. */
  get(today: string, options?: ReadOptions): Promise<Board>;
  /** The same board as the bytes of board.get's answer, with an ETag; made once per board state. */
  bytes(today: string, encoding?: BoardEncoding, options?: ReadOptions): Promise<BoardBytes>;
  /** This server answered a write: the next read looks for it (see latest-event-id.ts). */
  expectChange(): void;
  /**
   * The cards of `ids` as a board at least as new as `eventId` has them, on the day last read (a card
   * not on the board, archived or gone, is left out); null while no board has been read yet.
   */
  cards(ids: readonly number[], eventId: number): Promise<{ today: string; cards: ScheduledCard[] } | null>;
}

function entryOf(
  row: ScheduledCardRow,
  today: string,
  calendar: WorkCalendar,
  thresholds: InvestmentThresholds,
): Entry {
  const card = scheduledCard(row, today, calendar, thresholds);
  return { row, card, json: plainCardJson(card) };
}

/**
 * Where the card of `id` is on the board: a scan of the columns' ids (microseconds at ten thousand cards),
 * rather than a map from id to place that each change would have to copy.
 */
function entryIn({ columns, ids }: Pick<Snapshot, 'columns' | 'ids'>, id: number) {
  for (const [stage, column] of ids) {
    const index = column.indexOf(id);
    if (index >= 0) return { stage, index, entry: columns.get(stage)![index]! };
  }
  return null;
}

const idsOf = (columns: ReadonlyMap<Stage, readonly Entry[]>) =>
  new Map([...columns].map(([stage, column]) => [stage, column.map((entry) => entry.card.id)]));

/** Where `card` goes in a column in board order (binary search). */
function placeOf(column: readonly Entry[], card: ScheduledCard): number {
  let low = 0;
  let high = column.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRanked(column[middle]!.card, card) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Yields to the event loop once `SLICE_MS` have passed since the last yield. */
function slicer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/** Schedules rows into entries, yielding to the event loop between slices. */
async function entriesOf(
  rows: readonly ScheduledCardRow[],
  today: string,
  calendar: WorkCalendar,
  thresholds: InvestmentThresholds,
  pause = slicer(),
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const row of rows) {
    await pause();
    entries.push(entryOf(row, today, calendar, thresholds));
  }
  return entries;
}

/** Every card of `from` scheduled for another day or calendar; the order of the columns stays. */
async function rescheduled(from: Snapshot, today: string, calendar: WorkCalendar): Promise<Snapshot> {
  const pause = slicer();
  const columns = new Map<Stage, Entry[]>();
  for (const [stage, column] of from.columns) {
    const rows = column.map((entry) => entry.row);
    columns.set(stage, await entriesOf(rows, today, calendar, from.thresholds, pause));
  }
  return { ...from, today, calendar, columns, board: undefined, bytes: undefined };
}

/**
 * The kept rows of cards that were only moved, with their new stage and rank: no need to read them again.
 * A move changes nothing else on a card, and every other change to a project's row counts up its version,
 * so a version exactly one up per move says nothing else happened to it meanwhile.
 */
function movedRows(from: Snapshot, events: readonly EventRow[], projectIds: ReadonlySet<number>) {
  const moves = new Map<number, { count: number; last: EventRow['place'] }>();
  const others = new Set<number>();
  for (const event of events) {
    if (event.projectId === null || !projectIds.has(event.projectId)) continue;
    if (event.kind !== 'project.moved') others.add(event.projectId);
    else moves.set(event.projectId, { count: (moves.get(event.projectId)?.count ?? 0) + 1, last: event.place });
  }
  const rows = new Map<number, ScheduledCardRow>();
  for (const [id, { count, last }] of moves) {
    const kept = entryIn(from, id)?.entry.row;
    if (others.has(id) || !kept || !last || last.version !== kept.version + count) continue;
    rows.set(id, { ...kept, stage: last.stage, rank: last.rank, version: last.version });
  }
  return rows;
}

/**
 * Created once per server (and per test caller): it holds the last board built from `prisma`.
 * `latestEventId` says how new the board must be; by default it asks the table on every read.
 */
export function createBoardReadModel({
  prisma,
  latestEventId = createLatestEventId({ prisma }),
}: {
  prisma: PrismaClient;
  latestEventId?: LatestEventId;
}): BoardReadModel {
  let snapshot: Snapshot | null = null;
  const eventsSince = createEventsSince(prisma);
  let pending: { today: string; eventId: number; result: Promise<Snapshot> } | null = null;
  /** The encodings browsers asked for: made ahead for each new board state. */
  const encodingsAsked = new Set<BoardEncoding>();

  async function rebuild(today: string, eventId: number): Promise<Snapshot> {
    const [calendar, thresholds] = await Promise.all([loadCalendar({ prisma }), readInvestmentThresholds({ prisma })]);
    const columns = new Map<Stage, Entry[]>(STAGES.map((stage) => [stage, []]));
    const pause = slicer();
    for (let after = 0; ;) {
      const rows = await prisma.project.findMany({
        where: { isArchived: false, id: { gt: after } },
        orderBy: { id: 'asc' },
        take: REBUILD_PAGE,
        select: scheduledCardSelect,
      });
      for (const entry of await entriesOf(rows, today, calendar, thresholds, pause)) {
        columns.get(entry.card.stage)!.push(entry);
      }
      if (rows.length < REBUILD_PAGE) break;
      after = rows.at(-1)!.id;
    }
    for (const column of columns.values()) column.sort((a, b) => compareRanked(a.card, b.card));
    return { eventId, today, calendar, thresholds, columns, ids: idsOf(columns) };
  }

  /**
   * The board at `eventId` for `today` from an older one (or the same one on another day), or null
   * when only a rebuild will do.
   */
  async function catchUp(last: Snapshot, today: string, eventId: number): Promise<Snapshot | null> {
    const events = last.eventId < eventId ? await eventsSince.read(last.eventId, eventId) : [];
    const projectIds = new Set<number>();
    let isCalendarChanged = false;
    for (const event of events) {
      const needs = CATCH_BY_KIND[event.kind as BoardEventKind] ?? 'everything';
      if (needs === 'everything' || (needs === 'projects' && event.projectId === null)) return null;
      if (needs === 'calendar') isCalendarChanged = true;
      if (needs === 'projects') projectIds.add(event.projectId!);
    }
    // The calendar is read after the event id, so it is at least as new as the board asked for.
    const calendar = isCalendarChanged ? await loadCalendar({ prisma }) : last.calendar;
    const from = isCalendarChanged || today !== last.today ? await rescheduled(last, today, calendar) : last;
    if (projectIds.size === 0) {
      return from === last && eventId === last.eventId
        ? last
        : { ...from, eventId, board: undefined, bytes: undefined };
    }
    const moved = movedRows(from, events, projectIds);
    const toRead = [...projectIds].filter((id) => !moved.has(id));
    const rows =
      toRead.length === 0
        ? []
        : await prisma.project.findMany({
            where: { id: { in: toRead }, isArchived: false },
            select: scheduledCardSelect,
          });
    const entries = await entriesOf([...moved.values(), ...rows], today, calendar, from.thresholds);
    // Only the columns that change are copied; the others are shared with the older board.
    const next = { columns: new Map(from.columns), ids: new Map(from.ids) };
    const copied = new Set<Stage>();
    const columnToChange = (stage: Stage) => {
      if (!copied.has(stage)) {
        next.columns.set(stage, [...next.columns.get(stage)!]);
        next.ids.set(stage, [...next.ids.get(stage)!]);
        copied.add(stage);
      }
      return { entries: next.columns.get(stage)!, ids: next.ids.get(stage)! };
    };
    for (const id of projectIds) {
      const found = entryIn(next, id);
      if (!found) continue;
      const column = columnToChange(found.stage);
      column.entries.splice(found.index, 1);
      column.ids.splice(found.index, 1);
    }
    for (const entry of entries) {
      const column = columnToChange(entry.card.stage);
      const index = placeOf(column.entries, entry.card);
      column.entries.splice(index, 0, entry);
      column.ids.splice(index, 0, entry.card.id);
    }
    return { eventId, today, calendar, thresholds: from.thresholds, ...next };
  }

  async function refresh(today: string, eventId: number): Promise<Snapshot> {
    const last = snapshot;
    let next: Snapshot | null = null;
    if (last) {
      if (last.eventId === eventId && last.today === today) return last;
      // Newer than the id this request read: a later refresh got there first, unless the log was reset.
      const isLogReset =
        last.eventId > eventId &&
        ((await prisma.boardEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0) <
          last.eventId;
      if (!isLogReset) next = await catchUp(last, today, Math.max(eventId, last.eventId));
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

  // The event id is read before the data: whatever is read is at least that new.
  async function current(today: string, { patienceMs = Infinity }: ReadOptions = {}): Promise<Snapshot> {
    const newest = latestEventId.read().then((eventId) => boardAt(today, eventId));
    if (!Number.isFinite(patienceMs) || !snapshot) return newest;
    let timer: NodeJS.Timeout | undefined;
    const last = new Promise<Snapshot>((resolve) => {
      timer = setTimeout(() => resolve(snapshot ?? newest), patienceMs);
    });
    try {
      return await Promise.race([newest, last]);
    } finally {
      clearTimeout(timer);
    }
  }

  function boardOf(state: Snapshot): Board {
    state.board ??= {
      today: state.today,
      eventId: state.eventId,
      columns: STAGES.map((stage) => ({ stage, cards: state.columns.get(stage)!.map((entry) => entry.card) })),
    };
    return state.board;
  }

  function bytesOf(state: Snapshot): BoardBytes {
    state.bytes ??= boardBytes(
      answerBody(
        state,
        STAGES.map((stage) => {
          const column = state.columns.get(stage)!;
          return { stage, cardJson: column.map((entry) => entry.json), cards: column.map((entry) => entry.card) };
        }),
      ),
    );
    return state.bytes;
  }

  // A notified change is caught up at once (the live stream sends its card from the new board); the
  // answer's bytes are made once changes pause, so a burst of moves does not compress the board after
  // each of them. A reader meanwhile makes them itself.
  let isAheadQueued = false;
  let bytesTimer: NodeJS.Timeout | undefined;
  const makeBytesAhead = () => {
    const state = snapshot;
    if (!state || encodingsAsked.size === 0) return;
    const bytes = bytesOf(state);
    // A failure here is met again, and answered, by the next request.
    for (const encoding of encodingsAsked) bytes.encoded(encoding).catch(() => {});
  };
  latestEventId.onEvent((_id, event) => {
    if (event) eventsSince.note(event);
    if (!snapshot) return;
    clearTimeout(bytesTimer);
    bytesTimer = setTimeout(makeBytesAhead, BYTES_AHEAD_AFTER_MS).unref();
    if (isAheadQueued) return;
    isAheadQueued = true;
    const before = pending?.result.catch(() => undefined) ?? Promise.resolve();
    void before
      .then(async () => {
        isAheadQueued = false;
        if (snapshot) await boardAt(snapshot.today, await latestEventId.read());
      })
      .catch(() => {
        isAheadQueued = false;
      });
  });

  return {
    async get(today, options) {
      return boardOf(await current(today, options));
    },
    async bytes(today, encoding = 'identity', options) {
      encodingsAsked.add(encoding);
      return bytesOf(await current(today, options));
    },
    expectChange: () => latestEventId.expectChange(),
    async cards(ids, eventId) {
      // After the refresh in flight, so a new day's board is not taken back to the day before.
      await pending?.result.catch(() => undefined);
      const last = snapshot;
      if (!last) return null;
      const state = last.eventId >= eventId ? last : await boardAt(last.today, eventId);
      const cards = ids.flatMap((id) => {
        const found = entryIn(state, id);
        return found ? [found.entry.card] : [];
      });
      return { today: state.today, cards };
    },
  };
}
