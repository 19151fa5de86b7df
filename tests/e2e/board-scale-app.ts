// A board of a thousand projects for the browser tests: the demo data plus generated projects added
// with `npm run seed -- --projects N` (the same script people use), prepared once per run and copied
// for each suite, as the harness does with the demo data.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, removeDir, signIn, startApp, type AppServer } from './harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const POLL_MS = 200;

export interface ScaledSuite {
  readonly app: AppServer;
  readonly browser: Browser;
  readonly page: Page;
}

/** The app on a board with `projects` generated projects besides the demo ones, and a signed-in page. */
export function useScaledApp(projects: number, viewport = { width: 1440, height: 900 }): ScaledSuite {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backplan-e2e-scale-'));
    await cp(await preparedScaledData(projects), path.join(dataDir, 'pgdata'), { recursive: true });
    [app, browser] = await Promise.all([startApp({ dataDir }), launchBrowser()]);
    page = await browser.newPage({ viewport });
    await signIn(page, app.url);
  }, 240_000);
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

/** A `pgdata` with the demo data and `projects` more, made by the first suite that asks for it. */
async function preparedScaledData(projects: number): Promise<string> {
  const cacheDir = inject('e2eCacheDir');
  await mkdir(cacheDir, { recursive: true });
  const prepared = path.join(cacheDir, `scaled-${projects}`);
  const lock = `${prepared}.lock`;
  for (;;) {
    if (existsSync(prepared)) return prepared;
    try {
      await mkdir(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    // A first start writes the accounts and demo data; the seed needs the server stopped (PGlite).
    const app = await startApp();
    await app.stop();
    try {
      await seed(app.dataDir, projects);
      await rename(path.join(app.dataDir, 'pgdata'), prepared);
    } finally {
      await removeDir(app.dataDir);
    }
    return prepared;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function seed(dataDir: string, projects: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/seed.ts', '--projects', String(projects), '--seed', '11'],
      {
        cwd: ROOT,
        env: { ...process.env, BACKPLAN_DATA_DIR: dataDir, DATABASE_URL: '', DATABASE_MIGRATION_URL: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding ${projects} projects failed (${code}):\n${errors}`)),
    );
  });
}
