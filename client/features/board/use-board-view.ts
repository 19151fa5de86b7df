import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, serialiseView, type BoardView } from './board-view.js';

export type UpdateView = (change: Partial<BoardView> | ((view: BoardView) => BoardView)) => void;

/**
 * The board's view, read from and written to the address. Changes replace the history entry:
 * typing a search should not leave a trail of Back steps, and the address always says what shows.
 */
export function useBoardView(): [BoardView, UpdateView] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // The address text is the identity of the view: the same address, the same view object.
  const view = useMemo(() => parseView(new URLSearchParams(key)), [key]);
  // Changes build on the last address written, not on the last one rendered: two changes in a row
  // (two fields filled before React renders) must not undo each other.
  const latest = useRef(key);
  useEffect(() => {
    latest.current = key;
  }, [key]);
  const update = useCallback<UpdateView>(
    (change) => {
      const before = parseView(new URLSearchParams(latest.current));
      const next = serialiseView(typeof change === 'function' ? change(before) : { ...before, ...change });
      latest.current = next.toString();
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [view, update];
}
