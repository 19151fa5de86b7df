import { expect, test } from 'vitest';
import { chromiumPath } from './harness.js';

test('without a Chromium the browser tests stop with the command that installs one', () => {
  expect(() => chromiumPath(['/nonexistent/chromium'])).toThrow(
    /apt-get install -y chromium fonts-noto-cjk.*CHROMIUM_PATH/s,
  );
});
