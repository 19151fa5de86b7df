// DEMO ONLY: monthly investment reports for this year, so the cards' investment lights, the project
// pages and the dashboard's investment charts show a realistic mix on a demo's first start instead of
// every project red. Months before the one being reported are filled in for most projects; the month
// being reported only for some, so "not yet reported" lists have something in them. The first project of
// each unit reports nothing (red), the others run ahead of, on, a little behind or far behind 序时进度.
import type { PrismaClient } from '../db/generated/client.js';
import { monthBeingReported, reportingYear } from '../domain/investment.js';
import { mulberry32 } from './random.js';

/** Completed share of the plan's even monthly pace, by a project's place in its unit (0: reports nothing). */
const PACE = [0, 1.1, 1.0, 0.85, 0.6];

export async function seedDemoInvestment(prisma: PrismaClient, { today }: { today: string }): Promise<number> {
  if ((await prisma.investmentReport.count()) > 0) return 0;
  const year = reportingYear(today);
  const reported = monthBeingReported(today);
  if (reported.year !== year) return 0; // January: no month of this year has ended
  const editor = await prisma.user.findUnique({ where: { username: 'demo-editor' }, select: { displayName: true } });
  const projects = await prisma.project.findMany({
    where: { isArchived: false },
    orderBy: { id: 'asc' },
    select: { id: true, ownerUnitId: true, plannedInvestment: true },
  });
  const random = mulberry32(0x696e7673);
  const placeInUnit = new Map<number, number>();
  const data = [];
  for (const project of projects) {
    const place = placeInUnit.get(project.ownerUnitId) ?? 0;
    placeInUnit.set(project.ownerUnitId, place + 1);
    const pace = PACE[place % PACE.length]!;
    const monthly = (Number(project.plannedInvestment) / 12) * pace;
    if (monthly <= 0) continue;
    const lastMonth = place % 2 === 0 ? reported.month : reported.month - 1;
    for (let month = 1; month <= lastMonth; month++) {
      const amount = Math.round(monthly * (0.8 + random() * 0.4) * 100) / 100;
      data.push({
        projectId: project.id,
        year,
        month,
        amount,
        comment: '',
        reportedByName: editor?.displayName ?? 'demo',
        reportedAt: new Date(Math.min(Date.UTC(year, month, 3), Date.now())),
      });
    }
  }
  const { count } = await prisma.investmentReport.createMany({ data, skipDuplicates: true });
  return count;
}
