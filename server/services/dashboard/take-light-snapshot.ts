// The daily light snapshot: how many projects of each owner unit were red, yellow and green on a bureau
// day, so the dashboard's red trend survives later edits (lights are computed on read and would
// otherwise rewrite the past). Written once a day: the first run of the day writes, later runs find the
// day taken and write nothing, and two servers racing insert each row once (the key is day and unit).
import type { PrismaClient } from '../../db/generated/client.js';
import { snapshotRows } from '../../domain/dashboard.js';
import { fromIsoDate } from '../../domain/dates.js';
import type { BoardReadModel } from '../board/get-board.js';
import { readDashboardCards } from './dashboard-cards.js';

/** Writes today's rows unless the day is already taken; returns how many rows were new. */
export async function takeLightSnapshot({
  prisma,
  board,
  today,
}: {
  prisma: PrismaClient;
  board: Pick<BoardReadModel, 'get'>;
  today: string;
}): Promise<number> {
  const day = fromIsoDate(today);
  if ((await prisma.lightSnapshot.count({ where: { day } })) > 0) return 0;
  const rows = snapshotRows(await readDashboardCards({ board, today }));
  if (rows.length === 0) return 0;
  const { count } = await prisma.lightSnapshot.createMany({
    data: rows.map((row) => ({ day, ...row })),
    skipDuplicates: true,
  });
  return count;
}

const SNAPSHOT_CHECK_MINUTES = 10;

/**
 * Takes the snapshot now and then looks every `everyMinutes` whether the bureau day has changed, so a
 * server left running overnight writes the new day's rows in the morning. A tick that finds the last
 * run still going skips; a failed run is logged and tried again at the next tick.
 */
export function startLightSnapshots({
  prisma,
  board,
  today,
  everyMinutes = SNAPSHOT_CHECK_MINUTES,
  log = console.error,
}: {
  prisma: PrismaClient;
  board: Pick<BoardReadModel, 'get'>;
  today: () => string;
  everyMinutes?: number;
  log?: (message: string) => void;
}): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let takenOn: string | null = null;
  const check = () => {
    const day = today();
    if (takenOn === day) return;
    running ??= takeLightSnapshot({ prisma, board, today: day })
      .then(
        () => {
          takenOn = day;
        },
        (error: unknown) => {
          log(`The daily light snapshot could not be taken: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => {
        running = null;
      });
  };
  check();
  const timer = setInterval(check, everyMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
