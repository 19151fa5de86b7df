// PGlite lets one process open a data directory; two corrupt it. A lock file beside the
// directory, holding the owner's pid, makes a second server refuse to start instead.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockPath: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Backplan server (pid ${pid}). ` +
        `Stop that server first, or point BACKPLAN_DATA_DIR at another directory. ` +
        `If no such process is running, delete ${lockPath}.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'backplan.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(lockPath);
      return async () => {
        heldHere.delete(lockPath);
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      const ownedByUs = pid === process.pid && heldHere.has(lockPath);
      if (ownedByUs || (pid > 0 && pid !== process.pid && isAlive(pid)))
        throw new DataDirInUseError(dataDir, pid, lockPath);
      // Left behind by a process that died without cleaning up: take it over.
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
