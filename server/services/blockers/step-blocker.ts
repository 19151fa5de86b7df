// The one way a blocker moves after it is raised. Each step: one transaction that reads the blocker,
// checks who may act, asks the status machine whether the step is possible from where the blocker
// is, refuses a stale version, writes the new state only if nobody wrote in between, and records the
// step in the audit log (for the blocker and for its project's history) and on the board.
import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { blockerStateSelect, type BlockerStateRow } from '../../db/selects.js';
import type { ZBlockerClear, ZBlockerEscalate, ZBlockerReopen, ZBlockerWithdraw } from '../../domain/blocker-input.js';
import { nextBlockerState, type BlockerStep, type BlockerStepRefusal } from '../../domain/blockers.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { authorize } from '../shared/authorize.js';
import { lastChangedBy, staleVersionError } from '../shared/conflicts.js';
import { assertTargetNotPast } from './assert-target-date.js';
import { recordBlockerStep } from './record-blocker-step.js';

/** What each step is asked with: escalate a note, clear a resolution, withdraw and reopen a reason. */
export interface BlockerStepInputs {
  escalate: z.output<typeof ZBlockerEscalate>;
  clear: z.output<typeof ZBlockerClear>;
  withdraw: z.output<typeof ZBlockerWithdraw>;
  reopen: z.output<typeof ZBlockerReopen>;
}
type StepInput = BlockerStepInputs[BlockerStep];

/** Why the step is taken, whatever its input calls it. */
function noteOf(input: StepInput): string {
  if ('note' in input) return input.note;
  if ('resolution' in input) return input.resolution;
  return input.reason;
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

async function refusalOf(
  tx: Prisma.TransactionClient,
  current: BlockerStateRow,
  refusal: BlockerStepRefusal,
): Promise<AppError> {
  const project = current.project.code;
  if (refusal === 'blocker.alreadyCleared' || refusal === 'blocker.alreadyWithdrawn') {
    const by = (await lastChangedBy(tx, { type: 'blocker', id: current.id })) ?? '—';
    const date = current.closedOn ? toIsoDate(current.closedOn) : '—';
    return new AppError('CONFLICT', refusal, { project, by, date });
  }
  return new AppError('CONFLICT', refusal, { project });
}

/**
 * Escalates, clears, withdraws or reopens a blocker. Clearing is also open to the responsible unit's
 * liaison; the other steps are work on the project. A new target date (escalate, reopen) is not past.
 */
export async function stepBlocker<S extends BlockerStep>({
  prisma,
  actor,
  today,
  step,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  /** The bureau's date: closing dates, and the check that a new target date is not in the past. */
  today: string;
  step: S;
  input: BlockerStepInputs[S];
}) {
  const { id, expectedVersion } = input;
  const note = noteOf(input);
  const targetDate = 'targetDate' in input ? input.targetDate : undefined;
  return prisma.$transaction(async (tx) => {
    const current = await tx.blocker.findUnique({ where: { id }, select: blockerStateSelect });
    if (!current) throw new AppError('NOT_FOUND', 'blocker.notFound', { id });
    authorizeStep(actor, step, current);

    const next = nextBlockerState(current, step);
    if (!next.ok) throw await refusalOf(tx, current, next.refusal);
    const stale = { type: 'blocker', id, projectCode: current.project.code } as const;
    if (current.version !== expectedVersion) throw await staleVersionError(tx, stale);
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
    if (count !== 1) throw await staleVersionError(tx, stale);

    const before = { status: current.status, level: current.level, targetDate: toIsoDate(current.targetDate) };
    const after = { ...next.state, targetDate: targetDate ?? before.targetDate };
    return recordBlockerStep(tx, {
      actor,
      today,
      blockerId: id,
      projectId: current.project.id,
      step,
      before,
      after,
      note,
    });
  });
}
