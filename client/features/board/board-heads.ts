import { createContext } from 'react';
import type { StageLimits } from '../../../server/domain/stage-limits.js';
import type { Stage } from '../../../server/domain/stages.js';

/** What every column header needs beyond its own cards; the board page provides it. */
export interface BoardHeads {
  limits: StageLimits;
  /** Projects in each column before filtering: a limit counts them all. */
  fullCounts: Record<Stage, number>;
  isFiltered: boolean;
  canSetLimits: boolean;
}

export const BoardHeadsContext = createContext<BoardHeads>({
  limits: {},
  fullCounts: { maturity: 0, acceleration: 0, contribution: 0 },
  isFiltered: false,
  canSetLimits: false,
});
