export const STAGES = ['maturity', 'acceleration', 'contribution'] as const;
export type Stage = (typeof STAGES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
