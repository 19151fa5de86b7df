// The stage gate: what a move across stages asks of the person making it. Pure, so the server
// (authoritative, inside the move's transaction) and the client (to open the dialog before it
// sends) apply the same rule.
import { STAGES, stageIndex, type Stage } from './stages.js';

export interface GateMilestone {
  id: number;
  name: string;
  stage: Stage;
  /** Null: not finished (no actual finish date). */
  actualFinish: string | Date | null;
}

export type GateDirection = 'none' | 'forward' | 'backward';

export interface StageGate {
  direction: GateDirection;
  /** The stages the card leaves on its way forward (the one it is in and any it skips). */
  leaving: Stage[];
  /** Unfinished milestones of the stages it leaves, in plan order (forward moves only). */
  unfinished: { id: number; name: string; stage: Stage }[];
  /** A reason must come with the move: backward, or forward past unfinished milestones. */
  needsReason: boolean;
}

export function stageGate(from: Stage, to: Stage, milestones: readonly GateMilestone[]): StageGate {
  const step = stageIndex(to) - stageIndex(from);
  if (step === 0) return { direction: 'none', leaving: [], unfinished: [], needsReason: false };
  if (step < 0) return { direction: 'backward', leaving: [], unfinished: [], needsReason: true };
  const leaving = STAGES.slice(stageIndex(from), stageIndex(to));
  const unfinished = milestones
    .filter((m) => leaving.includes(m.stage) && m.actualFinish === null)
    .map(({ id, name, stage }) => ({ id, name, stage }));
  return { direction: 'forward', leaving, unfinished, needsReason: unfinished.length > 0 };
}

export type GateRefusal =
  | { key: 'move.gateUnfinished'; params: { names: string; count: number } }
  | { key: 'move.backwardReason'; params: Record<string, never> };

/** Why the move may not go through as asked (null: it may). A blank reason is no reason. */
export function gateRefusal(gate: StageGate, reason: string | undefined): GateRefusal | null {
  if (!gate.needsReason || (reason ?? '').trim() !== '') return null;
  if (gate.direction === 'backward') return { key: 'move.backwardReason', params: {} };
  return {
    key: 'move.gateUnfinished',
    params: { names: gate.unfinished.map((m) => m.name).join('、'), count: gate.unfinished.length },
  };
}
