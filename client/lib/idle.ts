// Work the first screen does not need waits until the browser has nothing better to do: after the
// board is painted and between frames, never in the way of a drag or a live update.

/** Runs `work` once the browser is idle (at the latest after `timeoutMs`); returns how to cancel it. */
export function whenIdle(work: () => void, timeoutMs = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no idle callbacks: a short delay still lets the page paint first.
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}
