import { useCallback, useMemo } from 'react';
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
  const update = useCallback<UpdateView>(
    (change) =>
      setParams(
        (current) => {
          const before = parseView(current);
          return serialiseView(typeof change === 'function' ? change(before) : { ...before, ...change });
        },
        { replace: true },
      ),
    [setParams],
  );
  return [view, update];
}
