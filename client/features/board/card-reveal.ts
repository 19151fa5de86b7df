/**
 * Asks whichever column holds a card to scroll it into view: a virtualised column renders only what
 * is near its scroll position, so a card must be scrolled to before it can take focus.
 */
export interface CardRevealer {
  reveal(id: number): void;
  /** A column listens while mounted; returns the way to stop. */
  subscribe(listener: (id: number) => void): () => void;
}

export function createCardRevealer(): CardRevealer {
  const listeners = new Set<(id: number) => void>();
  return {
    reveal(id) {
      for (const listener of listeners) listener(id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
