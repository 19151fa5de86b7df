// DEMO ONLY: invented past light snapshots, so the dashboard's red trend has twelve weeks to show on a
// demo's first start instead of a single point. Real servers only ever write today's snapshot (see
// services/dashboard/take-light-snapshot.ts). Starts from today's real lights per unit and walks back
// with a gentle drift (a little more red in the past, as if the weekly meetings had been working) and
// seeded noise, keeping each unit's project count. Writes nothing if any snapshot exists.
import type { PrismaClient } from '../db/generated/client.js';
import { snapshotRows } from '../domain/dashboard.js';
import { formatIsoDate, fromIsoDate, parseIsoDate } from '../domain/dates.js';
import { createBoardReadModel } from '../services/board/get-board.js';
import { readDashboardCards } from '../services/dashboard/dashboard-cards.js';
import { mulberry32 } from './random.js';

const DEMO_SNAPSHOT_DAYS = 84;

export async function seedDemoLightSnapshots(prisma: PrismaClient, { today }: { today: string }): Promise<number> {
  if ((await prisma.lightSnapshot.count()) > 0) return 0;
  const board = createBoardReadModel({ prisma });
  const now = snapshotRows(await readDashboardCards({ board, today }));
  const random = mulberry32(0x6c696768);
  const todayNumber = parseIsoDate(today)!;
  const data = [];
  for (let daysAgo = DEMO_SNAPSHOT_DAYS; daysAgo >= 1; daysAgo--) {
    const day = fromIsoDate(formatIsoDate(todayNumber - daysAgo));
    for (const row of now) {
      const total = row.red + row.yellow + row.green;
      const drift = (daysAgo / DEMO_SNAPSHOT_DAYS) * 0.5 * (row.red + 1);
      const red = Math.min(total, Math.max(0, Math.round(row.red + drift + (random() - 0.5) * 2)));
      const yellow = Math.min(total - red, Math.max(0, Math.round(row.yellow + (random() - 0.5) * 2)));
      data.push({ day, ownerUnitId: row.ownerUnitId, red, yellow, green: total - red - yellow });
    }
  }
  const { count } = await prisma.lightSnapshot.createMany({ data, skipDuplicates: true });
  return count;
}
