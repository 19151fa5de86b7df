import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The search box. It keeps what is typed itself and passes it on: the address it writes to updates
 * a moment later, and a box that waited for it would drop keystrokes. It follows the address only
 * when someone else changed it (the reset button, a link).
 */
export function SearchField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const written = useRef(value);
  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      setText(value);
    }
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
        written.current = event.target.value;
        onChange(event.target.value);
      }}
    />
  );
}
