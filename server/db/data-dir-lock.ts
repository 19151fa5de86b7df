// PGlite lets one process open a data directory; two corrupt it. A lock file in the directory, holding
// the owner's pid, makes a second server refuse to start instead.
//
// Two servers may start at the same moment, so every step is atomic: the lock file comes into being
// with its pid already in it (written aside, then hard-linked into place, which fails if the lock
// exists), so nobody mistakes a lock being taken for one left behind. A lock whose process has died is
// taken over, but only by one server at a time (under a second, short-lived lock file), and only if it
// is still the same dead lock once that server has the second lock.
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    /** null: the lock file names no process (yet). */
    readonly pid: number | null,
    readonly lockPath: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Backplan server (pid ${pid ?? 'unknown'}). ` +
        `Stop that server first, or point BACKPLAN_DATA_DIR at another directory. ` +
        `If no such process is running, delete ${lockPath}.`,
    );
  }
}

/** A lock file without a readable pid is someone's for this long (an older server wrote the pid after creating it). */
const UNREADABLE_LOCK_GRACE_MS = 5_000;
/** How long to keep trying while other servers take over a dead lock. */
const TAKEOVER_WAIT_MS = 5_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldHere = new Set<string>();

interface Holder {
  pid: number | null;
  inode: number;
  ageMs: number;
}

async function readHolder(lockPath: string): Promise<Holder | null> {
  try {
    const [text, stats] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const pid = Number(text.trim());
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : null, inode: stats.ino, ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isHeld(holder: Holder, lockPath: string): boolean {
  if (holder.pid === null) return holder.ageMs < UNREADABLE_LOCK_GRACE_MS;
  // A pid equal to ours is a previous process's (containers reuse pids) unless we hold the lock.
  return holder.pid === process.pid ? heldHere.has(lockPath) : isAlive(holder.pid);
}

/** Creates the lock file with our pid in it, atomically; false when it exists. */
async function create(lockPath: string): Promise<boolean> {
  const aside = `${lockPath}.${process.pid}.${randomUUID()}`;
  await writeFile(aside, String(process.pid));
  try {
    await link(aside, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(aside, { force: true });
  }
}

/** Removes the dead lock `stale` unless another server is at it or has already replaced it. */
async function removeDeadLock(lockPath: string, stale: Holder): Promise<void> {
  const takeoverPath = `${lockPath}.takeover`;
  const takeover = await open(takeoverPath, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    // Left by a server that died in the middle of a takeover: clear it for the next attempt.
    const age = await stat(takeoverPath).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > UNREADABLE_LOCK_GRACE_MS) await rm(takeoverPath, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    return null;
  });
  if (!takeover) return;
  try {
    const holder = await readHolder(lockPath);
    if (holder && holder.inode === stale.inode && !isHeld(holder, lockPath)) await rm(lockPath, { force: true });
  } finally {
    await takeover.close();
    await rm(takeoverPath, { force: true });
  }
}

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'backplan.lock');
  const deadline = Date.now() + TAKEOVER_WAIT_MS;
  while (Date.now() < deadline) {
    if (await create(lockPath)) {
      heldHere.add(lockPath);
      return async () => {
        heldHere.delete(lockPath);
        await rm(lockPath, { force: true });
      };
    }
    const holder = await readHolder(lockPath);
    if (!holder) continue; // released in the meantime: try again
    if (isHeld(holder, lockPath)) throw new DataDirInUseError(dataDir, holder.pid, lockPath);
    await removeDeadLock(lockPath, holder);
  }
  throw new Error(`Could not take the lock ${lockPath}: other servers kept taking it over.`);
}
