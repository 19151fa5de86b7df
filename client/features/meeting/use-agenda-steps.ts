import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** Typing in a field, or a dialog on top: the stepping keys stay out of the way. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog[open]')) return true;
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Which agenda item is on the wall, kept in the address (`?item=3`) so a reload or a second screen
 * shows the same one. → and ← step, and so do PageDown/PageUp, which a presenter's clicker sends.
 */
export function useAgendaSteps(total: number) {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('item') ?? '1');
  const index = total === 0 ? 0 : Math.min(Math.max(Number.isInteger(asked) ? asked : 1, 1), total) - 1;

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= total) return;
      setParams({ item: String(to + 1) }, { replace: true });
    },
    [setParams, total],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault();
        go(index + 1);
      } else if (PREVIOUS_KEYS.has(event.key)) {
        event.preventDefault();
        go(index - 1);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go, index]);

  return { index, previous: () => go(index - 1), next: () => go(index + 1) };
}
