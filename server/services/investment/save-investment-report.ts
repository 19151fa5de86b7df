// What reporting a month and correcting a locked month share: the project, the stale-version check,
// the write and its audit row with the board event, all in the caller's transaction.
import type { Prisma } from '../../db/generated/client.js';
import { isFutureMonth, periodKey } from '../../domain/investment.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { recordChange } from '../shared/record-change.js';
import { isUniqueViolation } from '../shared/unique-violation.js';

export interface ReportFields {
  projectId: number;
  year: number;
  month: number;
  amount: string;
  comment: string;
  expectedVersion?: number | undefined;
}

/** '120.5' and '120.50' are one amount: stored, compared and recorded as the latter. */
export function toMoney(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** The open project the report is for; an editor only of the project's own unit. */
export async function projectToReport(tx: Prisma.TransactionClient, actor: Actor, projectId: number) {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { id: true, code: true, isArchived: true, ownerUnitId: true, ownerUnit: { select: { name: true } } },
  });
  if (!project) throw new AppError('NOT_FOUND', 'project.notFound', { id: projectId });
  authorize(actor, 'editProject', { ownerUnitId: project.ownerUnitId, ownerUnitName: project.ownerUnit.name });
  if (project.isArchived) throw new AppError('CONFLICT', 'project.archived', { code: project.code });
  return project;
}

/** Advisory-lock namespace of a month's reports ('invm'); the key is year × 100 + month. */
const MONTH_LOCK = 0x696e766d;

/**
 * Reports and corrections share a month (`shared`); locking or unlocking it waits for them and they
 * for it (`exclusive`), so a report cannot land in a month an admin locked meanwhile. Held until the
 * transaction ends.
 */
export async function holdMonth(
  tx: Prisma.TransactionClient,
  period: { year: number; month: number },
  mode: 'shared' | 'exclusive',
) {
  const key = period.year * 100 + period.month;
  if (mode === 'shared') await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${MONTH_LOCK}::int, ${key}::int)`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MONTH_LOCK}::int, ${key}::int)`;
}

/** Whether an admin has locked the month; holds it (shared) until the transaction ends. */
export async function isMonthLocked(tx: Prisma.TransactionClient, period: { year: number; month: number }) {
  await holdMonth(tx, period, 'shared');
  return (await tx.investmentMonthLock.findUnique({ where: { year_month: period }, select: { year: true } })) !== null;
}

async function staleReport(tx: Prisma.TransactionClient, code: string, period: { year: number; month: number }) {
  const current = await tx.investmentReport.findFirst({
    where: { project: { code }, ...period },
    select: { reportedByName: true },
  });
  return current
    ? new AppError('CONFLICT', 'investment.conflictBy', { code, ...period, by: current.reportedByName })
    : new AppError('CONFLICT', 'investment.conflict', { code, ...period });
}

/**
 * Writes the month's figure if nobody reported it since the form was read, and records it on the
 * project's log as `action` (the board hears the project changed: its investment light may turn).
 */
export async function saveInvestmentReport(
  tx: Prisma.TransactionClient,
  {
    actor,
    today,
    project,
    input,
    action,
    reason,
  }: {
    actor: Actor;
    today: string;
    project: { id: number; code: string };
    input: ReportFields;
    action: 'reportInvestment' | 'correctInvestment';
    reason?: string;
  },
) {
  const period = { year: input.year, month: input.month };
  if (isFutureMonth(period, today)) throw new AppError('BAD_REQUEST', 'investment.futureMonth', period);
  const key = { projectId_year_month: { projectId: project.id, ...period } };
  const current = await tx.investmentReport.findUnique({
    where: key,
    select: { amount: true, comment: true, version: true },
  });
  if ((current?.version ?? undefined) !== input.expectedVersion) throw await staleReport(tx, project.code, period);
  const amount = toMoney(input.amount);
  const by = { reportedById: actor.id || null, reportedByName: actor.displayName, reportedAt: new Date() };
  if (current) {
    const { count } = await tx.investmentReport.updateMany({
      where: { projectId: project.id, ...period, version: current.version },
      data: { amount, comment: input.comment, ...by, version: { increment: 1 } },
    });
    if (count !== 1) throw await staleReport(tx, project.code, period);
  } else {
    try {
      await tx.investmentReport.create({
        data: { projectId: project.id, ...period, amount, comment: input.comment, ...by },
      });
    } catch (error) {
      // Another first report of the month committed since our read; the transaction cannot be asked more.
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', 'investment.conflict', { code: project.code, ...period });
      throw error;
    }
  }
  const month = periodKey(period);
  await recordChange(tx, {
    actor,
    action,
    entityType: 'project',
    entityId: project.id,
    before: current ? { month, investmentAmount: current.amount.toFixed(2), investmentComment: current.comment } : null,
    after: { month, investmentAmount: amount, investmentComment: input.comment },
    ...(reason !== undefined && { reason }),
    event: 'project.updated',
    projectId: project.id,
  });
  return tx.investmentReport.findUniqueOrThrow({ where: key, select: investmentReportSelect });
}

export const investmentReportSelect = {
  year: true,
  month: true,
  amount: true,
  comment: true,
  reportedByName: true,
  reportedAt: true,
  version: true,
} satisfies Prisma.InvestmentReportSelect;
