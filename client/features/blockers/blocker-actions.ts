// Which steps the signed-in person may take on a blocker: the same two pure rules the server
// enforces (who may act, and where the status machine can go from here), asked only to hide buttons.
import {
  nextBlockerState,
  type BlockerLevel,
  type BlockerStatus,
  type BlockerStep,
} from '../../../server/domain/blockers.js';
import { can, type Actor } from '../../../server/domain/permissions.js';

export interface BlockerForActions {
  status: BlockerStatus;
  level: BlockerLevel;
  project: { ownerUnit: { id: number } };
  responsibleUnit: { id: number };
}

const STEP_ORDER: readonly BlockerStep[] = ['escalate', 'clear', 'withdraw', 'reopen'];

export function canRaiseBlocker(actor: Actor, ownerUnitId: number): boolean {
  return can(actor, 'editProject', { ownerUnitId });
}

export function allowedSteps(actor: Actor, blocker: BlockerForActions): BlockerStep[] {
  const ownerUnitId = blocker.project.ownerUnit.id;
  return STEP_ORDER.filter((step) => {
    const permitted =
      step === 'clear'
        ? can(actor, 'clearBlocker', { ownerUnitId, responsibleUnitId: blocker.responsibleUnit.id })
        : can(actor, 'editProject', { ownerUnitId });
    return permitted && nextBlockerState(blocker, step).ok;
  });
}
