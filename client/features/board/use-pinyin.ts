import { useEffect, useMemo, useRef, useState } from 'react';
import { whenIdle } from '../../lib/idle.js';
import type { PinyinKeys } from './card-search.js';
import type { PinyinAnswer, PinyinRequest } from './pinyin-worker.js';

/**
 * The pinyin readings of `names` (none yet: undefined), worked out in a worker when the browser is
 * idle, each name once; undefined until the first answer, or if the worker could not start: codes and
 * characters still find projects meanwhile.
 */
export function usePinyin(names: readonly string[] | undefined): PinyinKeys | undefined {
  const [known, setKnown] = useState<ReadonlyMap<string, readonly string[]>>();
  const worker = useRef<Worker | null>(null);
  const asked = useRef(new Set<string>());

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      asked.current.clear(); // a worker started again reads every name again
    },
    [],
  );
  useEffect(() => {
    if (!names) return;
    return whenIdle(() => {
      const missing = names.filter((name) => !asked.current.has(name));
      if (missing.length === 0) return;
      worker.current ??= startWorker((answer) => setKnown((before) => new Map([...(before ?? []), ...answer])));
      for (const name of missing) asked.current.add(name);
      worker.current?.postMessage(missing satisfies PinyinRequest);
    });
  }, [names]);

  return useMemo(() => known && ((name: string) => known.get(name) ?? []), [known]);
}

function startWorker(onAnswer: (answer: PinyinAnswer) => void): Worker | null {
  try {
    const worker = new Worker(new URL('./pinyin-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<PinyinAnswer>) => onAnswer(data);
    return worker;
  } catch {
    return null; // no workers here: codes and characters still find projects
  }
}
