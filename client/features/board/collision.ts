// Collision detection for several sortable columns (after dnd-kit's MultipleContainers story):
// the pointer's column first, then the closest card inside that column, so an empty column
// still accepts a drop and a card near a column edge does not flicker between columns.
import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type Collision,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { Layout } from './layout.js';
import { isStage } from './layout.js';

export function multiColumnCollision(
  args: Parameters<CollisionDetection>[0],
  layout: Layout,
  lastOverId: { current: UniqueIdentifier | null },
): Collision[] {
  const pointerHits = pointerWithin(args);
  const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
  let overId = getFirstCollision(hits, 'id');
  if (overId != null) {
    if (isStage(overId) && layout[overId].length > 0) {
      const inColumn = layout[overId];
      overId =
        closestCenter({
          ...args,
          droppableContainers: args.droppableContainers.filter(
            (c) => c.id !== overId && inColumn.includes(c.id as number),
          ),
        })[0]?.id ?? overId;
    }
    lastOverId.current = overId;
    return [{ id: overId }];
  }
  return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
}
