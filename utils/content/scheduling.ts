/** Lets the page run (input, rendering) before we continue; `scheduler.yield` keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Longest run of our tasks back to back, with nothing of the page's between them, before a rest. A slice can
 * end past its deadline and a garbage collection inside a run lengthens it: with 10 ms, runs on 10,000
 * paragraphs still read 18-21 ms from samples alone, with 6 ms 12-15 ms.
 */
const RUN_MS = 6;
/** A rest: a timer this long leaves the thread to the page, or idle. */
const REST_MS = 1;

/**
 * Keeps runs of back-to-back work short. Slices in separate tasks let input and the page's tasks in between,
 * but on a page with nothing else to run they follow each other within microseconds: to the thread (and to a
 * profiler sampling it) that is one unbroken stretch of our script. After RUN_MS of them comes a rest; a wait
 * that kept us off the thread anyway ends the run too.
 */
export class WorkRuns {
  private startedAt = performance.now();

  /** What is left of the current run (ms); a slice should end by then. */
  timeLeft(): number {
    return this.startedAt + RUN_MS - performance.now();
  }

  /** Waits with `wait`, resting first when the run is used up. */
  async between<T>(wait: () => Promise<T>): Promise<T> {
    const pausedAt = performance.now();
    const rests = this.timeLeft() <= 0;
    if (rests) await new Promise((resolve) => setTimeout(resolve, REST_MS));
    const result = await wait();
    const now = performance.now();
    if (rests || now - pausedAt >= REST_MS) this.startedAt = now;
    return result;
  }
}

/** An idle period of the page: time left in it, and whether it came only because the wait timed out. */
export interface IdlePeriod {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

/**
 * The page's next idle period, or after `timeoutMs` a timed-out one (a page that is never idle still gets
 * some of our work done). Idle periods start after a frame is drawn and end before the next one is due.
 */
export function nextIdlePeriod(timeoutMs: number): Promise<IdlePeriod> {
  if (typeof requestIdleCallback === 'function')
    return new Promise((resolve) => requestIdleCallback(resolve, { timeout: timeoutMs }));
  return new Promise((resolve) => setTimeout(() => resolve({ timeRemaining: () => 0, didTimeout: true }), 1));
}

/** A page that draws no frames (a background tab) is not waited for longer than this. */
const FRAME_WAIT_MS = 100;

/** Resolves once the page's next frame has begun (or after FRAME_WAIT_MS where frames do not come). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    const timer = setTimeout(done, FRAME_WAIT_MS);
  });
}

/** Runs `fn` once the page is idle, or after `timeoutMs` at the latest. Returns a cancel function. */
export function whenPageIdle(fn: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1);
  return () => clearTimeout(id);
}

/** Longest wait for an idle period before a piece of idle work runs anyway. */
const IDLE_WORK_WAIT_MS = 200;
/** Longest stretch of idle work in one callback. */
const IDLE_WORK_SLICE_MS = 8;

/**
 * Runs `step` in the page's idle periods until it returns true; `hasTime` tells it whether the current period
 * has time left, so each piece of work fits in a gap the page was not using.
 */
export function workWhenIdle(step: (hasTime: () => boolean) => boolean, signal: AbortSignal): void {
  const run = (deadline?: IdleDeadline) => {
    if (signal.aborted) return;
    // A few ms per idle callback, like a scan slice: an idle period can last 50 ms, and a frame the page
    // asks for meanwhile would wait for all of it. A period that came only because the wait timed out (a
    // page never idle) still gets one piece done.
    const until = performance.now() + IDLE_WORK_SLICE_MS;
    let pieces = 0;
    const hasTime =
      deadline && !deadline.didTimeout
        ? () => deadline.timeRemaining() > 1 && performance.now() < until
        : () => pieces++ === 0 || performance.now() < until;
    if (!step(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_WORK_WAIT_MS });
    else setTimeout(run, 50);
  };
  schedule();
}
