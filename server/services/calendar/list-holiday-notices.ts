import type { PrismaClient } from '../../db/generated/client.js';
import type { HolidayBlock, HolidayNotice } from '../../domain/china-holidays.js';
import { toIsoDate } from '../../domain/dates.js';

export type HolidayNoticeDb = Pick<PrismaClient, 'holidayNotice'>;

const noticeSelect = {
  year: true,
  title: true,
  number: true,
  published: true,
  blocks: true,
  enteredByName: true,
  enteredAt: true,
  version: true,
} as const;

/** The arrangements admins entered for years the code has no notice for, by year. */
export async function listHolidayNotices({ prisma }: { prisma: HolidayNoticeDb }) {
  const rows = await prisma.holidayNotice.findMany({ orderBy: { year: 'asc' }, select: noticeSelect });
  return rows.map((row) => ({
    year: row.year,
    title: row.title,
    number: row.number,
    published: row.published ? toIsoDate(row.published) : null,
    // Written only by save-holiday-notice.ts, from the checked input.
    blocks: row.blocks as unknown as HolidayBlock[],
    enteredBy: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
    version: row.version,
  }));
}
export type EnteredHolidayNotice = Awaited<ReturnType<typeof listHolidayNotices>>[number];

/** The entered notices as the calendar takes them (a built-in notice's shape, by year). */
export function noticesByYear(notices: EnteredHolidayNotice[]): Record<number, HolidayNotice> {
  return Object.fromEntries(
    notices.map((n) => [n.year, { title: n.title, number: n.number, published: n.published ?? '', blocks: n.blocks }]),
  );
}
