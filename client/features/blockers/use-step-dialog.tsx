import type { BlockerStep } from '../../../server/domain/blockers.js';
import { useStepDialog as useOneStepDialog } from '../../ui/use-step-dialog.js';
import type { BlockerItem } from './BlockerCard.js';
import { BlockerStepDialog } from './BlockerStepDialog.js';

/** Which blocker step dialog is open (at most one), and what the last finished step said. */
export function useStepDialog() {
  const steps = useOneStepDialog<{ blocker: BlockerItem; step: BlockerStep }>(({ blocker, step }, handlers) => (
    <BlockerStepDialog key={`${blocker.id}-${step}`} blocker={blocker} step={step} {...handlers} />
  ));
  return { ...steps, openStep: (blocker: BlockerItem, step: BlockerStep) => steps.open({ blocker, step }) };
}
