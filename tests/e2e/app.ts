// The set-up browser suites share: the app started for the file it is declared in, one Chromium, and a
// page signed in (as demo-admin unless told otherwise), all closed after the file's last test.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

export interface AppSuite {
  /** The running app; ready in tests and in `beforeAll` hooks declared after `useApp`. */
  readonly app: AppServer;
  readonly browser: Browser;
  /** A page of `viewport`, signed in as `username` (not signed in when `username` is null). */
  readonly page: Page;
}

export function useApp({
  env,
  viewport = { width: 1440, height: 900 },
  username = 'demo-admin',
}: {
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  username?: string | null;
} = {}): AppSuite {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(env && { env }), launchBrowser()]);
    page = await browser.newPage({ viewport });
    if (username !== null) await signIn(page, app.url, username);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) await removeDir(app.dataDir);
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app is not ready: use it in tests or in beforeAll hooks');
    return value;
  };
  return {
    get app() {
      return ready(app);
    },
    get browser() {
      return ready(browser);
    },
    get page() {
      return ready(page);
    },
  };
}
