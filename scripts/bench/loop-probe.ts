// Loaded into the bench's server process (`node --import`), never into the product: it watches the
// event loop, and on SIGUSR2 prints the longest delay seen since the last SIGUSR2 (or the start), so
// the bench can ask how long the server was blocked while it did one thing, such as rebuilding the
// board after a calendar change. The delay of a 5 ms timer is how long the loop could not run it.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delays = monitorEventLoopDelay({ resolution: 5 });
delays.enable();
process.on('SIGUSR2', () => {
  process.stdout.write(`bench-loop-probe max-ms=${(delays.max / 1e6).toFixed(1)}\n`);
  delays.reset();
});
