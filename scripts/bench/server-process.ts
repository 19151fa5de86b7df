// The real server (`server/main.ts`) in a child process, so that its memory is measured apart from
// the bench's own: VmRSS sampled from /proc every 50 ms, and the kernel's high-water mark at the end.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { round, type Cleanups } from './util.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** What loop-probe.ts prints (not imported: it would watch this process too). */
const LOOP_PROBE_LINE = /^bench-loop-probe max-ms=(\d+(?:\.\d+)?)$/m;
const READY = /Backplan is running on (http:\/\/\S+) \(database: (\w+)\)/;
const SAMPLE_EVERY_MS = 50;
const STOP_GRACE_MS = 10_000;

export interface MemoryFigures {
  /** VmRSS once the server said it is ready, before any request. */
  readyMB: number | null;
  /** Largest VmRSS sampled while the server ran. */
  sampledPeakMB: number | null;
  /**
   * The larger of VmHWM (read just before stopping: the kernel's peak, startup included) and the
   * sampled peak (the kernel updates the high-water mark lazily, so a sample can top it slightly).
   */
  peakMB: number | null;
  samples: number;
}

export interface ServerProcess {
  url: string;
  /** The longest event-loop block (ms) since the last call, or since the server started. */
  longestBlockMs(): Promise<number>;
  /** VmRSS now, in MB. */
  rssMB(): Promise<number | null>;
  /**
   * Stops sampling, reads the high-water mark, then stops the server (SIGTERM, SIGKILL after a grace
   * period). `earlyExit` says how the server ended if it did so on its own, with its last output.
   */
  stop(): Promise<{ memory: MemoryFigures; earlyExit: string | null }>;
}

/** The node options `npm start` gives the server. */
async function startNodeArgs(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    config?: { serverNodeArgs?: string };
  };
  return manifest.config?.serverNodeArgs ?? '';
}

export async function startServerProcess(
  dbEnv: Record<string, string>,
  cleanups: Cleanups,
  timeoutMs: number,
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL; // the shell's, if any, must not win over the bench's database
  delete env.BACKPLAN_DATA_DIR;
  Object.assign(env, dbEnv, { PORT: '0', HOST: '127.0.0.1', BACKPLAN_DEMO: '0' });

  // As `npm start` runs it (package.json's config.serverNodeArgs), and with BENCH_SERVER_NODE_ARGS,
  // e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to look inside the server.
  const nodeArgs = [await startNodeArgs(), process.env.BENCH_SERVER_NODE_ARGS ?? '']
    .join(' ')
    .split(' ')
    .filter(Boolean);
  const probe = path.join(import.meta.dirname, 'loop-probe.ts');
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--import', probe, 'server/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  // Read stdout to the end, so the pipe never fills and blocks the server; keep its tail for errors.
  let output = '';
  let probeAnswered: ((maxMs: number) => void) | null = null;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    output = (output + chunk).slice(-4000);
    const probed = LOOP_PROBE_LINE.exec(chunk);
    if (probed && probeAnswered) probeAnswered(Number(probed[1]));
  });
  const describeExit = () =>
    `The server exited (code ${child.exitCode}, signal ${child.signalCode}); its last output:\n${output}`;
  const killNow = () => child.kill('SIGKILL');
  process.once('exit', killNow); // whatever happens to the bench, the server goes with it
  const stopProcess = async () => {
    if (!hasExited()) {
      child.kill('SIGTERM');
      const timer = setTimeout(killNow, STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', killNow);
  };
  cleanups.add(`stop server ${child.pid}`, stopProcess);

  const url = await waitUntilReady(() => output, exited, describeExit, timeoutMs);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) {
    throw new Error(`The server listens on ${url}, not on loopback`);
  }
  const pid = child.pid!;
  const readyKb = await readStatusKb(pid, 'VmRSS');
  let peakKb = readyKb ?? 0;
  let samples = 0;
  let isReading = false;
  const sampler = setInterval(() => {
    if (isReading) return;
    isReading = true;
    void readStatusKb(pid, 'VmRSS').then((kb) => {
      isReading = false;
      if (kb === null) return;
      samples++;
      peakKb = Math.max(peakKb, kb);
    });
  }, SAMPLE_EVERY_MS);

  return {
    url,
    longestBlockMs() {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The server did not answer the loop probe')), 10_000);
        probeAnswered = (maxMs) => {
          clearTimeout(timer);
          probeAnswered = null;
          resolve(maxMs);
        };
        child.kill('SIGUSR2');
      });
    },
    rssMB: async () => toMB(await readStatusKb(pid, 'VmRSS')),
    async stop() {
      clearInterval(sampler);
      const hwmKb = await readStatusKb(pid, 'VmHWM');
      const earlyExit = hasExited() ? describeExit() : null;
      await stopProcess();
      const memory: MemoryFigures = {
        readyMB: toMB(readyKb),
        sampledPeakMB: samples > 0 ? toMB(peakKb) : null,
        peakMB: toMB(hwmKb === null ? null : Math.max(hwmKb, peakKb)),
        samples,
      };
      return { memory, earlyExit };
    },
  };
}

function waitUntilReady(
  output: () => string,
  exited: Promise<void>,
  describeExit: () => string,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`The server did not start within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const poll = setInterval(() => {
      const url = READY.exec(output())?.[1];
      if (!url) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(url);
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(describeExit()));
    });
  });
}

/** A `Vm…` line of /proc/<pid>/status in kB, or null when it cannot be read (process gone, not Linux). */
async function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] ? Number(match[1]) : null;
}

function toMB(kb: number | null): number | null {
  return kb === null ? null : round(kb / 1024);
}
