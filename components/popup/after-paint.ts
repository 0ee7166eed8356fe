/**
 * The longest an idle callback may wait: on a busy machine the page may never be idle, and what waits (the
 * facts, the search index) should be in before the reader starts typing.
 */
const IDLE_WAIT_MS = 50;
/** A page that is not shown (a background tab) draws no frames: work waiting for one starts after this. */
const NO_FRAME_WAIT_MS = 500;

/**
 * Runs `run` once, after the next frame has been drawn and the main thread is idle (or IDLE_WAIT_MS later):
 * work that the frame does not need goes after it, and after whatever else that frame set off. Returns a
 * function that cancels it. `untilIdle: false` runs it in the first task after the frame instead.
 */
export function afterNextPaint(run: () => void, { untilIdle = true } = {}): () => void {
  let done = false;
  let cancelIdle = () => {};
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const frame = requestAnimationFrame(() => {
    if (untilIdle && typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(once, { timeout: IDLE_WAIT_MS });
      cancelIdle = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(once, 0);
      cancelIdle = () => clearTimeout(timer);
    }
  });
  const fallback = setTimeout(once, NO_FRAME_WAIT_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    cancelIdle();
    clearTimeout(fallback);
  };
}
