import { useEffect } from 'react';

/** While a move is on its way, closing or reloading the tab asks first: the move would be lost. */
export function useUnsentGuard(hasUnsent: boolean) {
  useEffect(() => {
    if (!hasUnsent) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set; its text is theirs, not ours.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsent]);
}
