import { expect, test } from 'vitest';
import { readEnv } from '../../server/env.js';

test('unset, the server runs on the embedded database at 127.0.0.1:3000 without request logs', () => {
  expect(readEnv({})).toMatchObject({
    PORT: 3000,
    HOST: '127.0.0.1',
    BACKPLAN_DATA_DIR: './data',
    BACKPLAN_DEMO: '1',
    BACKPLAN_LOG: '',
  });
  expect(readEnv({}).DATABASE_URL).toBeUndefined();
});

test('a bad value stops the server with a message naming each variable at fault', () => {
  const bad = { PORT: '70000', BACKPLAN_LOG: 'yes', DATABASE_URL: 'mysql://x', BACKPLAN_TODAY: '2026-02-30' };
  let message = '';
  try {
    readEnv(bad);
  } catch (error) {
    message = (error as Error).message;
  }
  for (const name of Object.keys(bad)) expect(message).toContain(`${name}:`);
});
