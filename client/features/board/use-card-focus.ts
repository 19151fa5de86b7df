import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

const FRAMES_TO_WAIT = 30;

/**
 * Gives focus back to a card after a dialog or toast that held it goes away (the browser drops it on
 * <body>, and a keyboard user would start over from the top of the page). The card may be rendered
 * anew once or twice while its move settles (optimistic column, then the server's), so the request
 * stays until focus goes somewhere else on purpose: a click, or focus on another element.
 */
export function useCardFocus(root: RefObject<HTMLElement | null>, rendered: unknown) {
  const [target, setTarget] = useState<{ id: number } | null>(null);

  useLayoutEffect(() => {
    if (!target) return;
    let frame = 0;
    const tryFocus = (triesLeft: number) => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const card = root.current?.querySelector<HTMLElement>(`[data-project-id="${target.id}"]`);
      if (card) card.focus();
      // A column scrolled to the card renders it a frame or two later.
      else if (triesLeft > 0) frame = requestAnimationFrame(() => tryFocus(triesLeft - 1));
    };
    tryFocus(FRAMES_TO_WAIT);
    return () => cancelAnimationFrame(frame);
  }, [target, rendered, root]);

  useEffect(() => {
    if (!target) return;
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target as HTMLElement | null;
      if (element?.dataset?.['projectId'] !== String(target.id)) setTarget(null);
    };
    const onPointerDown = () => setTarget(null);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [target]);

  return useCallback((id: number) => setTarget({ id }), []);
}
