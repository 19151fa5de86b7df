// Works out the pinyin of project names off the page's thread: pinyin-pro and its dictionary weigh
// more than the rest of the app, and a thousand names take a few hundred milliseconds to read, which
// the board would otherwise spend before it paints or in the middle of a drag (use-pinyin.ts).
import { pinyinKeys } from './pinyin-keys.js';

/** The names to read; the answer is each name with its readings. */
export type PinyinRequest = readonly string[];
export type PinyinAnswer = [name: string, keys: readonly string[]][];

self.onmessage = ({ data }: MessageEvent<PinyinRequest>) => {
  const answer: PinyinAnswer = data.map((name) => [name, pinyinKeys(name)]);
  self.postMessage(answer);
};
