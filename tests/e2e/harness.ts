// Real pieces for browser tests: the app started as `npm start` starts it (a child process on a
// free port with its own data directory) and a headless Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { todayIn } from '../../server/clock.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(
  candidates: (string | undefined)[] = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES],
): string {
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with ' +
        '`sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AppServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts `server/main.ts` like `npm start` does, on a free port; reuse `dataDir` to restart. A new data
 * directory starts as a copy of one where the server has already made its first start (migrations,
 * templates, accounts and the demo data of the same "today"), prepared once per run: seeding the demo
 * data is most of a first start.
 */
export async function startApp(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<AppServer> {
  // Started beside launchBrowser(): without a Chromium that fails, and a server started anyway would
  // outlive the test with nobody to stop it.
  chromiumPath();
  if (!existsSync(path.join(ROOT, 'dist/client/index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (`npm test` does it).');
  }
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-e2e-'));
    await cp(await preparedDataDir(options.env ?? {}), path.join(dataDir, 'pgdata'), { recursive: true });
  }
  return spawnApp(dataDir, options.env);
}

const PREPARE_POLL_MS = 200;

/**
 * The `pgdata` of a first start with this environment's "today" and demo setting, made by the first
 * worker that asks for it (a lock directory keeps the others waiting rather than seeding again).
 */
async function preparedDataDir(env: Record<string, string>): Promise<string> {
  const today = env.BACKPLAN_TODAY ?? process.env.BACKPLAN_TODAY ?? todayIn();
  const demo = env.BACKPLAN_DEMO ?? process.env.BACKPLAN_DEMO ?? '1';
  const cacheDir = inject('e2eCacheDir');
  await mkdir(cacheDir, { recursive: true });
  const prepared = path.join(cacheDir, `${today}-demo${demo}`);
  const lock = `${prepared}.lock`;
  for (;;) {
    if (existsSync(prepared)) return prepared;
    try {
      await mkdir(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, PREPARE_POLL_MS));
    }
  }
  try {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'backplan-e2e-prepare-'));
    try {
      const app = await spawnApp(scratch, { ...env, BACKPLAN_TODAY: today, BACKPLAN_DEMO: demo });
      await app.stop();
      await rename(path.join(scratch, 'pgdata'), prepared);
    } finally {
      await removeDir(scratch);
    }
    return prepared;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function spawnApp(dataDir: string, env: Record<string, string> = {}): Promise<AppServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BACKPLAN_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    // Seeding the demo data on a busy two-core machine has taken close to a minute.
    const timer = setTimeout(() => reject(new Error(`The server did not start in time:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code} before it started:\n${output}`));
    });
  });
}

export async function removeDir(dir: string) {
  await rm(dir, { recursive: true, force: true });
}

export const DEMO_PASSWORD = 'backplan-demo';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, url: string, username = 'demo-admin', password = DEMO_PASSWORD) {
  await page.goto(url);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.getByRole('navigation').waitFor();
}

/** A tRPC client for test set-up over HTTP, signed in as `username`. */
export async function apiAs(url: string, username = 'demo-admin', password = DEMO_PASSWORD) {
  const signedIn = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password } }),
  });
  if (!signedIn.ok) throw new Error(`sign-in as ${username} failed: ${signedIn.status}`);
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const unwrap = async <T>(response: Response): Promise<T> => {
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!body.result) throw new Error(`API call failed: ${JSON.stringify(body.error)}`);
    return body.result.data.json;
  };
  return {
    query: async <T>(procedure: string, input?: unknown): Promise<T> => {
      const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return unwrap<T>(await fetch(`${url}/trpc/${procedure}${query}`, { headers: { cookie } }));
    },
    mutate: async <T>(procedure: string, input: unknown): Promise<T> =>
      unwrap<T>(
        await fetch(`${url}/trpc/${procedure}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ json: input }),
        }),
      ),
  };
}

const announcedOn = (page: Page, text: string) =>
  expect
    .poll(() => page.getByRole('status').allTextContents())
    .toEqual(expect.arrayContaining([expect.stringContaining(text)]));

/**
 * Picks a card up with Space and waits until the arrow keys can carry it. dnd-kit announces the pick-up
 * at once but listens for the next key only after a zero-delay timer, and Chromium runs input before
 * timers: on a busy machine an arrow pressed straight after the announcement was lost. A timer of our
 * own, set after theirs, runs after theirs.
 */
export async function pickUp(page: Page, handle: Locator) {
  await handle.focus();
  await page.keyboard.press('Space');
  await announcedOn(page, '已拿起');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Picks a card up with Space, moves it with the arrow keys and drops it, as a keyboard user would. */
export async function keyboardMove(page: Page, handle: Locator, keys: string[]) {
  const announced = (text: string) => announcedOn(page, text);
  await pickUp(page, handle);
  for (const key of keys) {
    await page.keyboard.press(key);
    await announced('移到');
  }
  await page.keyboard.press('Space');
  await announced('已放到');
}

/**
 * Ticks or clears a checkbox whose state lives in the address: React Router commits the new URL in a
 * transition, so the box follows a moment after the click (Playwright's check() would call that a failure).
 */
export async function setAddressCheckbox(box: Locator, checked: boolean) {
  if ((await box.isChecked()) !== checked) await box.click();
  await expect.poll(() => box.isChecked()).toBe(checked);
}
