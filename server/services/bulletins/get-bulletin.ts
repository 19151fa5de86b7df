import type { PrismaClient } from '../../db/generated/client.js';
import { computeBulletinFor, type TBulletinQueryOutput } from './compute-bulletin.js';

/** Per owner unit: the period's figures and on-time rate, best first. */
export async function getBulletin({
  prisma,
  today,
  query,
}: {
  prisma: PrismaClient;
  today: string;
  query: TBulletinQueryOutput;
}) {
  const { period, units, rows } = await computeBulletinFor({ prisma, today, query });
  return {
    period: query.period,
    from: period.from,
    to: period.to,
    today,
    units: rows.map((row) => ({
      unit: units.get(row.unitId)!,
      rank: row.rank,
      onTimeRate: row.onTimeRate,
      ...row.counts,
    })),
  };
}
