import { useState } from 'react';
import { stageGate } from '../../../server/domain/stage-gate.js';
import { stageIndex } from '../../../server/domain/stages.js';
import type { Card } from '../../lib/types.js';
import type { ReasonRequest } from './MoveReasonDialog.js';
import type { Drop } from './use-board-drag.js';
import type { MoveOutcome, MoveRequest, MovedCard } from './use-move-project.js';

/** A dropped move waiting for the person's reason; the card shows where it was dropped meanwhile. */
export interface PendingMove extends Drop {
  ask: ReasonRequest;
}

/**
 * The stage gate, in one round trip: a drop goes out at once, and only if the server refuses it for
 * want of a reason does the reason dialog open, with the gate the refusal carries. A backward move
 * always needs a reason, so that one is asked for before anything is sent. Confirm resends with the
 * reason; cancel puts the card back. `onSaved` hears of each move the server kept.
 */
export function useGateDialog({
  move,
  cardsById,
  onSaved,
  onClosed,
}: {
  move(request: MoveRequest): Promise<MoveOutcome>;
  cardsById: Map<number, Card>;
  onSaved(card: MovedCard, from: Drop['from']): void;
  /** The dialog went away (confirmed or cancelled): focus belongs to this card again. */
  onClosed(id: number): void;
}) {
  const [pending, setPending] = useState<PendingMove | null>(null);

  function send(drop: Drop) {
    setPending(null);
    void move(drop.request).then((outcome) => {
      if (!outcome) return;
      if ('card' in outcome) return onSaved(outcome.card, drop.from);
      ask(drop, outcome.gate);
    });
  }

  function ask(drop: Drop, gate: ReasonRequest['gate']) {
    const card = cardsById.get(drop.request.id);
    const ask = { name: card?.name ?? '', from: drop.from.stage, to: drop.request.toStage, gate };
    setPending({ ...drop, ask });
  }

  function onDrop(drop: Drop) {
    const { stage: from } = drop.from;
    const to = drop.request.toStage;
    if (stageIndex(to) < stageIndex(from)) return ask(drop, stageGate(from, to, []));
    send(drop);
  }

  return {
    pending,
    onDrop,
    onConfirm: (reason: string) => {
      if (!pending) return;
      send({ ...pending, request: { ...pending.request, reason } });
      onClosed(pending.request.id);
    },
    onCancel: () => {
      setPending(null);
      if (pending) onClosed(pending.request.id);
    },
  };
}
