// The one way an action item moves after the meeting decided it: a progress note or a close by its
// owner unit (or an admin), a reopen by an admin. Each step, in one transaction: check who may act and
// that the item is in the status the step starts from, write the step only if nobody changed that
// status in between, keep the note in the item's history and record the audit row.
import type { Prisma } from '../../db/generated/client.js';
import { fromIsoDate } from '../../domain/dates.js';
import { AppError } from '../shared/app-error.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { recordAudit } from '../shared/record-audit.js';
import { getActionItem } from './get-action-item.js';
import { loadActionItemFor, writeActionItem } from './load-action-item.js';

export type ActionItemStep = 'progress' | 'close' | 'reopen';

interface StepRule {
  permission: 'workActionItem' | 'runMeeting';
  from: 'open' | 'closed';
  refusal: 'actionItem.alreadyClosed' | 'actionItem.notClosed';
  write(today: string, note: string): Prisma.ActionItemUpdateManyMutationInput;
  audit: { before?: Record<string, unknown>; after?: (today: string) => Record<string, unknown> };
}

const STEPS: Record<ActionItemStep, StepRule> = {
  progress: {
    permission: 'workActionItem',
    from: 'open',
    refusal: 'actionItem.alreadyClosed',
    write: () => ({}),
    audit: {},
  },
  close: {
    permission: 'workActionItem',
    from: 'open',
    refusal: 'actionItem.alreadyClosed',
    write: (today, note) => ({
      status: 'closed',
      closedAt: new Date(),
      closedOn: fromIsoDate(today),
      closingNote: note,
    }),
    audit: { before: { status: 'open' }, after: (today) => ({ status: 'closed', closedOn: today }) },
  },
  reopen: {
    permission: 'runMeeting',
    from: 'closed',
    refusal: 'actionItem.notClosed',
    write: () => ({ status: 'open', closedAt: null, closedOn: null, closingNote: '' }),
    audit: { before: { status: 'closed' }, after: () => ({ status: 'open' }) },
  },
};

export async function stepActionItem({
  prisma,
  actor,
  today,
  step,
  input,
}: ActorOptions<{ id: number; note: string }> & { today: string; step: ActionItemStep }) {
  const rule = STEPS[step];
  await prisma.$transaction(async (tx) => {
    const item = await loadActionItemFor(tx, actor, input.id, rule.permission);
    if (item.status !== rule.from) throw new AppError('CONFLICT', rule.refusal, { text: item.text });
    await writeActionItem(tx, item, rule.write(today, input.note));
    await tx.actionItemNote.create({
      data: {
        actionItemId: item.id,
        kind: step,
        text: input.note,
        authorId: actor.id,
        authorName: actor.displayName,
        on: fromIsoDate(today),
      },
    });
    await recordAudit(tx, {
      actor,
      action: step,
      entityType: 'actionItem',
      entityId: item.id,
      ...(rule.audit.before && { before: rule.audit.before }),
      ...(rule.audit.after && { after: rule.audit.after(today) }),
      reason: input.note,
    });
  });
  return getActionItem({ prisma, today, id: input.id });
}
