// A template being edited. Milestones carry a local key that survives removals; seqs are only
// positions, assigned when the draft is sent (template.update numbers milestones by their order).
import type { Stage } from '../../../server/domain/stages.js';
import type { ProjectType } from '../../../server/domain/project-types.js';
import type { TTemplateUpdate } from '../../../server/domain/plan-input.js';

export interface TemplateStep {
  seq: number;
  name: string;
  stage: Stage;
  durationDays: number;
  dependsOnSeqs: number[];
  isTarget: boolean;
}

export interface DraftMilestone {
  key: number;
  name: string;
  stage: Stage;
  durationDays: number;
  /** Keys of the milestones this one waits on. */
  dependsOn: number[];
}

export interface TemplateDraft {
  milestones: DraftMilestone[];
  targetKey: number | null;
  nextKey: number;
}

export type DraftAction =
  | { type: 'change'; key: number; patch: Partial<Pick<DraftMilestone, 'name' | 'stage' | 'durationDays'>> }
  | { type: 'toggleDependency'; key: number; on: number }
  | { type: 'add'; name: string }
  | { type: 'remove'; key: number }
  | { type: 'setTarget'; key: number }
  | { type: 'reset'; draft: TemplateDraft };

export function draftFrom(steps: TemplateStep[]): TemplateDraft {
  const keyOf = new Map(steps.map((step, i) => [step.seq, i]));
  const target = steps.findIndex((step) => step.isTarget);
  return {
    milestones: steps.map((step, i) => ({
      key: i,
      name: step.name,
      stage: step.stage,
      durationDays: step.durationDays,
      dependsOn: step.dependsOnSeqs.map((seq) => keyOf.get(seq)).filter((key) => key !== undefined),
    })),
    targetKey: target >= 0 ? target : null,
    nextKey: steps.length,
  };
}

export function draftReducer(draft: TemplateDraft, action: DraftAction): TemplateDraft {
  const update = (key: number, change: (m: DraftMilestone) => DraftMilestone) => ({
    ...draft,
    milestones: draft.milestones.map((m) => (m.key === key ? change(m) : m)),
  });
  switch (action.type) {
    case 'change':
      return update(action.key, (m) => ({ ...m, ...action.patch }));
    case 'toggleDependency':
      return update(action.key, (m) => ({
        ...m,
        dependsOn: m.dependsOn.includes(action.on)
          ? m.dependsOn.filter((key) => key !== action.on)
          : [...m.dependsOn, action.on],
      }));
    case 'add': {
      const last = draft.milestones.at(-1);
      const added: DraftMilestone = {
        key: draft.nextKey,
        name: action.name,
        stage: last?.stage ?? 'maturity',
        durationDays: 10,
        dependsOn: last ? [last.key] : [],
      };
      return { ...draft, milestones: [...draft.milestones, added], nextKey: draft.nextKey + 1 };
    }
    case 'remove':
      return removeMilestone(draft, action.key);
    case 'setTarget':
      return { ...draft, targetKey: action.key };
    case 'reset':
      return action.draft;
  }
}

/**
 * Whatever waited on the removed milestone now waits on its predecessors instead, so removing a
 * step from a chain keeps the chain (A → B → C without B is A → C, not a loose C).
 */
function removeMilestone(draft: TemplateDraft, key: number): TemplateDraft {
  const removed = draft.milestones.find((m) => m.key === key);
  if (!removed) return draft;
  return {
    ...draft,
    milestones: draft.milestones
      .filter((m) => m.key !== key)
      .map((m) =>
        m.dependsOn.includes(key)
          ? { ...m, dependsOn: [...new Set([...m.dependsOn.filter((k) => k !== key), ...removed.dependsOn])] }
          : m,
      ),
    targetKey: draft.targetKey === key ? null : draft.targetKey,
  };
}

/** The draft as template.update takes it: seqs are positions, the target by its position. */
export function toTemplateUpdate(projectType: ProjectType, draft: TemplateDraft): TTemplateUpdate {
  const seqOf = new Map(draft.milestones.map((m, seq) => [m.key, seq]));
  return {
    projectType,
    milestones: draft.milestones.map((m) => ({
      name: m.name,
      stage: m.stage,
      durationDays: m.durationDays,
      dependsOnSeqs: m.dependsOn.map((key) => seqOf.get(key)!).sort((a, b) => a - b),
    })),
    targetSeq: draft.targetKey === null ? -1 : seqOf.get(draft.targetKey)!,
  };
}
