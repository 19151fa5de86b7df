// The pinyin of project names, whole ('jingshidonglu') and by initials ('jsdl'). pinyin-pro and its
// dictionary weigh more than the rest of the app, so the board loads this module on its own
// (client use-pinyin.ts) and searches codes and characters until it arrives; the ledger export uses it too.
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, readonly string[]>();
const OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/** Full pinyin and initials of a name, unnormalised; worked out once per name. */
export function pinyinKeys(name: string): readonly string[] {
  let keys = cache.get(name);
  if (!keys) {
    keys = [pinyin(name, OPTIONS).join(''), pinyin(name, { ...OPTIONS, pattern: 'first' }).join('')];
    cache.set(name, keys);
  }
  return keys;
}
