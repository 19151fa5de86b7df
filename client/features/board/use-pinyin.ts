import { useEffect, useMemo, useRef, useState } from 'react';
import { whenIdle } from '../../lib/idle.js';
import type { PinyinKeys } from './card-search.js';
import type { PinyinAnswer, PinyinRequest } from './pinyin-worker.js';

type Readings = ReadonlyMap<string, readonly string[]>;

/** Names read at a time on the page's own thread, between which the page may paint and answer input. */
const ON_PAGE_BATCH = 200;

/**
 * The pinyin readings of `names` (none yet: undefined), worked out in a worker when the browser is
 * idle, each name once; undefined until the first answer: codes and characters still find projects
 * meanwhile. Where the worker cannot start or fails (no workers, or its file gone after an update while
 * the tab stayed open), the names are read on the page instead, a batch at a time.
 */
export function usePinyin(names: readonly string[] | undefined): PinyinKeys | undefined {
  const [known, setKnown] = useState<Readings>();
  const reader = useRef<Reader | null>(null);
  const asked = useRef(new Set<string>());

  useEffect(
    () => () => {
      reader.current?.stop();
      reader.current = null;
      asked.current.clear(); // a reader started again reads every name again
    },
    [],
  );
  useEffect(() => {
    if (!names) return;
    return whenIdle(() => {
      const missing = names.filter((name) => !asked.current.has(name));
      if (missing.length === 0) return;
      const learn = (answer: PinyinAnswer) => setKnown((before) => new Map([...(before ?? []), ...answer]));
      reader.current ??= startWorker(learn, () => {
        // Everything asked of the worker is asked again on the page.
        reader.current?.stop();
        reader.current = readOnPage(learn);
        reader.current.read([...asked.current]);
      });
      for (const name of missing) asked.current.add(name);
      reader.current.read(missing);
    });
  }, [names]);

  return useMemo(() => known && ((name: string) => known.get(name) ?? []), [known]);
}

interface Reader {
  read(names: PinyinRequest): void;
  stop(): void;
}

function startWorker(onAnswer: (answer: PinyinAnswer) => void, onFailure: () => void): Reader {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pinyin-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readOnPage(onAnswer);
  }
  worker.onmessage = ({ data }: MessageEvent<PinyinAnswer>) => onAnswer(data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure();
  };
  worker.onmessageerror = () => onFailure();
  return { read: (names) => worker.postMessage(names), stop: () => worker.terminate() };
}

function readOnPage(onAnswer: (answer: PinyinAnswer) => void): Reader {
  const queue: string[] = [];
  let isStopped = false;
  let isReading = false;
  const next = async () => {
    const { pinyinKeys } = await import('./pinyin-keys.js');
    while (queue.length > 0 && !isStopped) {
      const batch = queue.splice(0, ON_PAGE_BATCH);
      onAnswer(batch.map((name) => [name, pinyinKeys(name)]));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    isReading = false;
  };
  return {
    read(names) {
      queue.push(...names);
      if (isReading) return;
      isReading = true;
      // Its code gone too (the app was updated under an open tab): pinyin stays unknown, as before.
      next().catch(() => (isReading = false));
    },
    stop: () => void (isStopped = true),
  };
}
