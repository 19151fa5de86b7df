import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useDismiss } from '../ui/use-dismiss.js';

/**
 * A header entry that opens a short list of less-used links, so the header keeps one line as entries
 * are added. In the collapsed header (narrow windows) the list is always shown and the button hidden.
 */
export function NavMenu({ label, paths, children }: { label: string; paths: string[]; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const { pathname } = useLocation();
  const holdsCurrentPage = paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  useDismiss(isOpen, close, rootRef, buttonRef);

  return (
    <div className="nav-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={holdsCurrentPage ? 'nav-menu__button active' : 'nav-menu__button'}
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setOpen((open) => !open)}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {/* A followed link closes the list; the page it opens is what the person wanted. */}
      <div
        id={listId}
        className={isOpen ? 'nav-menu__items nav-menu__items--open' : 'nav-menu__items'}
        onClick={(event) => {
          if ((event.target as Element).closest('a')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
