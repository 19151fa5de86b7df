import { useCallback, useEffect, useRef } from 'react';

/** Typing in a field, or a dialog on top: the page's own keys stay out of the way. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog[open]')) return true;
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

/**
 * Meeting-room mode: the board alone on the wall. The layout follows `isOn` (kept in the address);
 * full screen is asked for on the way in and is a bonus — a browser that refuses it, or a reload
 * (full screen needs a click or key), still gets the meeting layout. `f` toggles it when no field
 * has focus; Esc leaves it unless something else used the key (a keyboard drag cancels with Esc).
 */
export function useMeetingMode(isOn: boolean, setOn: (on: boolean) => void) {
  const wentFullScreen = useRef(false);

  const enter = useCallback(() => {
    setOn(true);
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => (wentFullScreen.current = true),
        () => undefined, // not allowed here (an iframe, a policy): the layout alone will do
      );
    }
  }, [setOn]);

  const leave = useCallback(() => {
    setOn(false);
  }, [setOn]);

  // Leaving, however it happens (button, key, Back, a link), ends the full screen we started.
  useEffect(() => {
    if (isOn) return;
    if (wentFullScreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    wentFullScreen.current = false;
  }, [isOn]);
  useEffect(
    () => () => {
      if (wentFullScreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );

  useEffect(() => {
    // The browser leaves full screen on Esc by itself, without telling the page the key: follow it.
    function onFullScreenChange() {
      if (!document.fullscreenElement && wentFullScreen.current) {
        wentFullScreen.current = false;
        leave();
      }
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if ((event.key === 'f' || event.key === 'F') && !event.repeat) {
        event.preventDefault();
        if (isOn) leave();
        else enter();
      } else if (event.key === 'Escape' && isOn) {
        // Seen after every other listener: a keyboard drag that cancels on Esc marks the event.
        setTimeout(() => {
          if (!event.defaultPrevented) leave();
        });
      }
    }
    document.addEventListener('fullscreenchange', onFullScreenChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [isOn, enter, leave]);

  return { enter, leave };
}
