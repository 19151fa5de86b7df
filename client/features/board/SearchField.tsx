import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The search box. It keeps what is typed itself and passes it on: the address it writes to updates
 * a moment later, and a box that waited for it would drop keystrokes. The address may echo a value
 * typed several keystrokes ago, so the box remembers what it wrote and not yet heard back, and follows
 * the address only when it brings something else (the reset button, a link).
 */
export function SearchField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const unheard = useRef<string[]>([]);
  useEffect(() => {
    const echoed = unheard.current.indexOf(value);
    if (echoed >= 0) {
      unheard.current = unheard.current.slice(echoed + 1);
      return;
    }
    unheard.current = [];
    setText(value);
  }, [value]);
  return (
    <input
      type="search"
      value={text}
      placeholder={t('boardView.searchPlaceholder')}
      aria-label={t('boardView.search')}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => {
        setText(event.target.value);
        unheard.current.push(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
