// The one way a blocker moves after it is raised. Each step: one transaction that reads the blocker,
// checks who may act, asks the status machine whether the step is possible from where the blocker
// is, refuses a stale version, writes the new state only if nobody wrote in between, and records the
// step in the audit log (for the blocker and for its project's history) and on the board.
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { blockerSelect, blockerStateSelect, type BlockerStateRow } from '../../db/selects.js';
import { nextBlockerState, type BlockerStep } from '../../domain/blockers.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../app-error.js';
import { recordAudit } from '../audit.js';
import { authorize } from '../authorize.js';
import { recordBoardEvent } from '../board-events.js';
import { notifyBlockerStep } from '../notifications/notify-blocker-step.js';
import { fromIsoDate, toIsoDate } from '../views.js';
import { toBlockerView } from './blocker-view.js';
import { lastChangedBy } from '../conflicts.js';

export interface BlockerStepOptions {
  prisma: PrismaClient;
  actor: Actor;
  /** The bureau's date: closing dates, and the check that a new target date is not in the past. */
  today: string;
  id: number;
  expectedVersion: number;
  step: BlockerStep;
  /** Why: the escalation note, the resolution, the withdrawal or reopening reason. */
  note: string;
  /** A new date to clear it by (escalate, reopen). */
  targetDate?: string | undefined;
}

async function staleError(tx: Prisma.TransactionClient, current: BlockerStateRow): Promise<AppError> {
  const by = await lastChangedBy(tx, { type: 'blocker', id: current.id });
  return by
    ? new AppError('CONFLICT', 'blocker.conflictBy', { project: current.project.code, by })
    : new AppError('CONFLICT', 'blocker.conflict', { project: current.project.code });
}

export function assertTargetNotPast(targetDate: string, today: string): void {
  if (targetDate < today) throw new AppError('BAD_REQUEST', 'blocker.targetBeforeToday', { date: targetDate, today });
}

function authorizeStep(actor: Actor, step: BlockerStep, current: BlockerStateRow): void {
  const scope = { ownerUnitId: current.project.ownerUnitId, ownerUnitName: current.project.ownerUnit.name };
  if (step === 'clear') {
    authorize(actor, 'clearBlocker', {
      ...scope,
      responsibleUnitId: current.responsibleUnit.id,
      responsibleUnitName: current.responsibleUnit.name,
    });
  } else {
    authorize(actor, 'editProject', scope);
  }
}

export async function applyBlockerStep({
  prisma,
  actor,
  today,
  id,
  expectedVersion,
  step,
  note,
  targetDate,
}: BlockerStepOptions) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.blocker.findUnique({ where: { id }, select: blockerStateSelect });
    if (!current) throw new AppError('NOT_FOUND', 'blocker.notFound', { id });
    authorizeStep(actor, step, current);

    const next = nextBlockerState(current, step);
    if (!next.ok) {
      const project = current.project.code;
      if (next.refusal === 'blocker.alreadyCleared' || next.refusal === 'blocker.alreadyWithdrawn') {
        const by = (await lastChangedBy(tx, { type: 'blocker', id })) ?? '—';
        const date = current.closedOn ? toIsoDate(current.closedOn) : '—';
        throw new AppError('CONFLICT', next.refusal, { project, by, date });
      }
      throw new AppError('CONFLICT', next.refusal, { project });
    }
    if (current.version !== expectedVersion) throw await staleError(tx, current);
    if (targetDate !== undefined) assertTargetNotPast(targetDate, today);

    const isClosing = next.state.status === 'cleared' || next.state.status === 'withdrawn';
    const data: Prisma.BlockerUpdateManyMutationInput = {
      status: next.state.status,
      level: next.state.level,
      version: { increment: 1 },
      ...(targetDate !== undefined && { targetDate: fromIsoDate(targetDate) }),
      ...(isClosing ? { closedAt: new Date(), closedOn: fromIsoDate(today) } : { closedAt: null, closedOn: null }),
      ...(step === 'clear' && { resolution: note }),
      ...(step === 'withdraw' && { withdrawalReason: note }),
      // A reopened blocker is live again: last time's resolution stays in its history, not on it.
      ...(step === 'reopen' && { resolution: '', withdrawalReason: '' }),
    };
    // The version in the condition makes a writer who committed since our read win, and us fail.
    const { count } = await tx.blocker.updateMany({ where: { id, version: current.version }, data });
    if (count !== 1) throw await staleError(tx, current);

    const before = { status: current.status, level: current.level, targetDate: toIsoDate(current.targetDate) };
    const after = { ...next.state, targetDate: targetDate ?? before.targetDate };
    await recordAudit(tx, { actor, action: step, entityType: 'blocker', entityId: id, before, after, reason: note });
    await recordAudit(tx, {
      actor,
      action: `blocker.${step}`,
      entityType: 'project',
      entityId: current.project.id,
      before: { blockerId: id, ...before },
      after: { blockerId: id, ...after },
      reason: note,
    });
    await recordBoardEvent(tx, { kind: 'project.updated', projectId: current.project.id, actor });
    await notifyBlockerStep(tx, { actor, today, blockerId: id, step, note });
    return toBlockerView(await tx.blocker.findUniqueOrThrow({ where: { id }, select: blockerSelect }), today);
  });
}
