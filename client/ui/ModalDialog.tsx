import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal dialog, open for as long as it is mounted: the page decides which dialog shows.
 * Escape or a cancel button calls `onClose`; unmounting takes it off the screen.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  children,
}: {
  labelledBy: string;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Not closed on cleanup: a close event fired by StrictMode's second mount would shut it again.
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={labelledBy} onClose={onClose}>
      {children}
    </dialog>
  );
}
