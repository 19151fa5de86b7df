// Its own module so the board loads pinyin-pro lazily (use-pinyin.ts); the rule lives in the domain.
export { pinyinKeys } from '../../../server/domain/pinyin-keys.js';
