import { useEffect, useEffectEvent } from 'react';

export interface BoardShortcuts {
  /** Ctrl+Z / ⌘Z; returns whether there was a move to undo (otherwise the key is left alone). */
  onUndo(): boolean;
  onSearch(): void;
  onHelp(): void;
}

/** Typing is typing: no shortcut while focus is in a field, or in an open dialog. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The board's keyboard shortcuts: Ctrl/⌘+Z undoes the last move, `/` goes to search, `?` lists them. */
export function useBoardShortcuts(handlers: BoardShortcuts) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
    const { onUndo, onSearch, onHelp } = handlers;
    const isModifier = event.ctrlKey || event.metaKey;
    if (isModifier && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
      if (onUndo()) event.preventDefault();
    } else if (!isModifier && !event.altKey && event.key === '/') {
      event.preventDefault();
      onSearch();
    } else if (!isModifier && !event.altKey && event.key === '?') {
      event.preventDefault();
      onHelp();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
