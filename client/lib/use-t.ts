import { useSyncExternalStore } from 'react';
import { i18n } from './i18n.js';

function subscribe(onChange: () => void) {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

const currentLanguage = () => i18n.language;

/**
 * `useTranslation()` for the pieces a screen renders hundreds of times (a board's cards and their
 * badges): react-i18next's hook copies the i18n instance once per component and its `t` copies the
 * options on every call, which on a big board cost more than the cards themselves. This one is a
 * subscription to the language, re-rendering on a change the same way, and i18next's own `t`.
 */
export function useT() {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  return { t: i18n.t, language };
}
