import { useEffect, useState } from 'react';
import type { PinyinKeys } from './card-search.js';

/** pinyin-keys.ts, loaded after the board shows; undefined until then (or if it failed to load). */
export function usePinyin(): PinyinKeys | undefined {
  const [pinyinKeys, setPinyinKeys] = useState<PinyinKeys>();
  useEffect(() => {
    let isCurrent = true;
    import('./pinyin-keys.js').then(
      (module) => {
        if (isCurrent) setPinyinKeys(() => module.pinyinKeys);
      },
      () => undefined, // codes and characters still find projects
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return pinyinKeys;
}
