import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../lib/types.js';
import { isStage, positionOf, type Layout } from './layout.js';

/** What a screen reader hears while a card is picked up, carried and dropped, read from the drag's own layout. */
export function useMoveAnnouncements(layout: Layout, cardsById: Map<number, Card>): Announcements {
  const { t } = useTranslation();

  /** Where the card would land: over another card, that card's place; otherwise its own. */
  function describe(activeId: UniqueIdentifier, overId?: UniqueIdentifier) {
    const card = cardsById.get(activeId as number);
    const target = overId !== undefined && overId !== activeId && !isStage(overId) ? overId : activeId;
    const where = positionOf(layout, target as number) ?? positionOf(layout, activeId as number);
    return { name: card?.name ?? '', stage: where ? t(`stage.${where.stage}`) : '', position: where?.position ?? 0 };
  }

  return {
    onDragStart: ({ active }) => t('dnd.pickedUp', describe(active.id)),
    // Over itself is where it started: keep the pick-up message.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id ? t('dnd.over', describe(active.id, over.id)) : undefined,
    onDragEnd: ({ active, over }) => t('dnd.dropped', describe(active.id, over?.id)),
    onDragCancel: ({ active }) => t('dnd.cancelled', describe(active.id)),
  };
}
