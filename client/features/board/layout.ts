import type { UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { Placement } from '../../../server/domain/board-move.js';
import { STAGES, type Stage } from '../../../server/domain/stages.js';
import type { BoardData } from '../../lib/types.js';

/** Card ids per column: the local snapshot a drag works on. */
export type Layout = Record<Stage, number[]>;

export function isStage(id: UniqueIdentifier): id is Stage {
  return (STAGES as readonly UniqueIdentifier[]).includes(id);
}

export function layoutOf(board: BoardData): Layout {
  const layout = { maturity: [], acceleration: [], contribution: [] } as Layout;
  for (const column of board.columns) layout[column.stage] = column.cards.map((card) => card.id);
  return layout;
}

export function stageOf(layout: Layout, id: UniqueIdentifier): Stage | undefined {
  if (isStage(id)) return id;
  return STAGES.find((stage) => layout[stage].includes(id as number));
}

/** Moves `id` into another column next to `overId` (or at its end when over the column itself). */
export function moveAcross(layout: Layout, id: number, overId: UniqueIdentifier, below: boolean): Layout {
  const from = stageOf(layout, id);
  const to = stageOf(layout, overId);
  if (!from || !to || from === to) return layout;
  const target = layout[to];
  const overIndex = target.indexOf(overId as number);
  const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length;
  return {
    ...layout,
    [from]: layout[from].filter((x) => x !== id),
    [to]: [...target.slice(0, index), id, ...target.slice(index)],
  };
}

/** Reorders within the column the card is in now. */
export function moveWithin(layout: Layout, id: number, overId: UniqueIdentifier): Layout {
  const stage = stageOf(layout, id);
  if (!stage || stageOf(layout, overId) !== stage) return layout;
  const ids = layout[stage];
  const to = ids.indexOf(overId as number);
  return to < 0 ? layout : { ...layout, [stage]: arrayMove(ids, ids.indexOf(id), to) };
}

/** Where the card ended up, as the intent the server takes: next to a neighbour. */
export function placementIn(ids: number[], id: number): Placement {
  const index = ids.indexOf(id);
  if (index > 0) return { afterId: ids[index - 1]! };
  if (ids.length > 1) return { beforeId: ids[1]! };
  return {};
}

export function positionOf(layout: Layout, id: number): { stage: Stage; position: number } | undefined {
  const stage = stageOf(layout, id);
  return stage && { stage, position: layout[stage].indexOf(id) + 1 };
}
