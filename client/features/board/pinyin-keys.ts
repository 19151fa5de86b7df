// Its own module so that only the pinyin worker loads pinyin-pro (pinyin-worker.ts); the rule lives in the domain.
export { pinyinKeys } from '../../../server/domain/pinyin-keys.js';
