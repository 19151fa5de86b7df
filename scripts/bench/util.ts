// Small helpers shared by the bench modules.
import { mulberry32 } from '../../server/seed/random.js';

export function elapsedSeconds(startedAt: number): number {
  return (performance.now() - startedAt) / 1000;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A seeded PRNG, so two runs with the same --seed make the same moves. */
export const seededRandom = mulberry32;

export function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/**
 * Undo steps (kill the server, drop the database, remove the directory), run newest first once the
 * bench ends, fails or is interrupted. Each step runs at most once; a failing step does not stop
 * the others.
 */
export class Cleanups {
  private steps: { name: string; run: () => Promise<unknown> }[] = [];

  add(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  private draining: Promise<boolean> | null = null;

  /** Runs every step added so far; a second caller meanwhile waits for the same run. */
  runAll(): Promise<boolean> {
    this.draining ??= this.drain().finally(() => (this.draining = null));
    return this.draining;
  }

  private async drain(): Promise<boolean> {
    let isClean = true;
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        isClean = false;
        console.error(`Cleanup failed (${step.name}): ${errorMessage(error)}`);
      }
    }
    return isClean;
  }
}
