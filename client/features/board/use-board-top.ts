import { useLayoutEffect, type RefObject } from 'react';

/**
 * Writes how far down the page the board starts into `--board-top`, so its columns can end at the
 * bottom of the window and scroll on their own. The toolbar above it wraps and grows with the window
 * and the filters, so it is measured again whenever the page changes size.
 */
export function useBoardTop(board: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = board.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.setProperty('--board-top', `${Math.round(top)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [board]);
}
