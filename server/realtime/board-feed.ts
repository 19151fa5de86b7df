// The stream behind `board.events`: every BoardEvent after the subscriber's last one, in id order,
// read from the table (through the bus, which shares a read among the streams at one cursor) each time
// the bus says "look again".
//
// Writers take turns from inserting their event to committing it (recordBoardEvent holds a lock), so
// events become visible in id order and a reader never has to look back. A hole in the ids is then a
// writer that rolled back after its insert. The feed still stops at a hole and waits for it to fill
// (a commit notifies), as a guard against a writer that skipped the lock, but briefly: `holeWaitMs` by
// the reader's clock, and not at all when the event after the hole is older than any open transaction
// can be (Prisma's interactive transactions time out after 5 s).
//
// A stream outlives the request that opened it, so it asks whether its session still holds every
// `sessionCheck.everyMs`, and before it sends anything unless it asked in the last few seconds, and ends
// as UNAUTHORIZED once it does not (revoked, signed out, idle too long, user disabled): the browser
// then shows the sign-in page.
import { tracked, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import { AppError } from '../services/shared/app-error.js';
import type { BoardBus, BoardEventRow } from './board-bus.js';

export const ZBoardEventsInput = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/)
      .nullish(),
  })
  .optional();

export { boardEventSelect, type BoardEventRow } from './board-bus.js';

const PAGE_SIZE = 200;
export const HOLE_WAIT_MS = 10_000;
const HOLE_SURELY_PERMANENT_MS = 60_000;
export const SESSION_CHECK_MS = 30_000;
const RECHECK_BEFORE_SENDING_MS = 5_000;

export interface SessionCheck {
  everyMs: number;
  isActive(): Promise<boolean>;
}

export interface BoardEventFeedOptions<Event extends BoardEventRow> {
  prisma: PrismaClient;
  /** What each event carries to the subscriber, made from a page of rows (e.g. the changed cards). */
  expand(rows: BoardEventRow[]): Promise<Event[]>;
  bus: BoardBus;
  /** The last event the subscriber has; null: start from now. */
  lastEventId: string | null;
  signal: AbortSignal | undefined;
  sessionCheck: SessionCheck;
  holeWaitMs?: number;
}

export async function* boardEventFeed<Event extends BoardEventRow>({
  prisma,
  expand,
  bus,
  lastEventId,
  signal,
  sessionCheck,
  holeWaitMs = HOLE_WAIT_MS,
}: BoardEventFeedOptions<Event>) {
  let cursor = 0; // ids start at 1; the real starting point is read below
  let checkedAt = Date.now();
  const ensureSignedIn = async () => {
    if (!(await sessionCheck.isActive())) {
      throw new TRPCError({ code: 'UNAUTHORIZED', cause: new AppError('UNAUTHORIZED', 'auth.required') });
    }
    checkedAt = Date.now();
  };
  const wake = createWake();
  // Listen before reading the starting point, so nothing committed in between goes unnoticed.
  const stopListening = bus.subscribe(({ id }) => {
    if (id === undefined || id > cursor) wake.set();
  });
  const onAbort = () => wake.set();
  signal?.addEventListener('abort', onAbort);
  try {
    const latest = (await prisma.boardEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    // Without a last id, or with one from another database (it was reset), the stream starts with the
    // newest event there is: the subscriber learns where it stands, and that everything it reads after
    // this point is current.
    const known = lastEventId === null ? null : Number(lastEventId);
    cursor = known !== null && known <= latest ? known : Math.max(latest - 1, 0);
    let hole = null as { after: number; seenAt: number } | null;
    while (!signal?.aborted && !bus.isClosed) {
      wake.reset();
      const rows = await bus.eventsAfter(cursor, PAGE_SIZE);
      // Before sending, a check a few seconds old will do: one query per stream per event would grow
      // with every open board.
      const dueAfterMs =
        rows.length > 0 ? Math.min(RECHECK_BEFORE_SENDING_MS, sessionCheck.everyMs) : sessionCheck.everyMs;
      if (Date.now() - checkedAt >= dueAfterMs) await ensureSignedIn();
      let holdMs: number | undefined;
      const events = rows.length > 0 ? await expand(rows) : [];
      for (const [index, row] of rows.entries()) {
        if (row.id !== cursor + 1) {
          const now = Date.now();
          if (hole?.after !== cursor) hole = { after: cursor, seenAt: now };
          const waited = now - hole.seenAt;
          if (waited < holeWaitMs && now - row.at.getTime() < HOLE_SURELY_PERMANENT_MS) {
            holdMs = holeWaitMs - waited;
            break;
          }
        }
        cursor = row.id;
        yield tracked(String(row.id), events[index]!);
        if (signal?.aborted || bus.isClosed) return;
      }
      if (holdMs === undefined && rows.length === PAGE_SIZE) continue;
      const untilCheckMs = Math.max(checkedAt + sessionCheck.everyMs - Date.now(), 0);
      await wake.wait(Math.min(holdMs ?? untilCheckMs, untilCheckMs));
    }
  } finally {
    stopListening();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A wake-up that is kept when it comes while nobody waits, so a notification during a read is not lost. */
function createWake() {
  let isSet = false;
  let release: (() => void) | null = null;
  return {
    set() {
      isSet = true;
      release?.();
    },
    reset() {
      isSet = false;
    },
    wait(timeoutMs?: number): Promise<void> {
      if (isSet) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = timeoutMs === undefined ? undefined : setTimeout(() => release?.(), timeoutMs);
        release = () => {
          clearTimeout(timer);
          release = null;
          resolve();
        };
      });
    },
  };
}
